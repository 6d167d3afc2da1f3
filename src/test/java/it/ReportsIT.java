package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Reports on demand over HTTP, from the polls of the shared server. */
@MicroShedTest
class ReportsIT {

    static Api api;

    @BeforeAll
    static void polls() {
        api = SharedServer.api();
        SharedServer.database().awaitPolls(3);
    }

    @Test
    void postWritesTheDailyAndWeeklyReportWithEveryPollAndField() {
        var written = api.writeReports("");
        String today = LocalDate.now(ZoneId.systemDefault()).toString();
        assertThat(written)
                .extracting(w -> ((JsonObject) w).getString("name"))
                .allSatisfy(name -> assertThat(name).startsWith(today + "T"))
                .hasSize(2);

        for (var entry : written) {
            JsonObject report = (JsonObject) entry;
            List<String[]> rows = api.report(report.getString("name"));
            String[] header = rows.get(0);
            assertThat(header).startsWith("timestamp", "unix_time");
            assertThat(header)
                    .contains(
                            "calculations.ID_WEB_Temperatur_TVL",
                            "parameters.ID_Einst_BWS_akt",
                            "visibilities.ID_Visi_Heizung",
                            "calculations.ID_WEB_SoftStand");
            assertThat(header.length).isEqualTo(report.getInt("columns")).isGreaterThan(1800);
            assertThat(rows.size() - 1L)
                    .isEqualTo(report.getJsonNumber("rows").longValue())
                    .isGreaterThanOrEqualTo(3);
            assertThat(rows.subList(1, rows.size()))
                    .allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
            int flow = List.of(header).indexOf("calculations.ID_WEB_Temperatur_TVL");
            assertThat(rows.get(1)[flow]).matches("-?\\d+\\.\\d");
        }
        assertThat(api.get("api/reports").body())
                .contains(
                        written.getJsonObject(0).getString("name"),
                        written.getJsonObject(1).getString("name"),
                        "fields.csv");
        assertThat(api.report("fields.csv").get(0))
                .containsExactly("column", "group", "index", "name", "label", "type", "unit");
    }

    @Test
    void onlyOneTypeOrAnExplicitRange() {
        assertThat(api.writeReports("?type=weekly")).hasSize(1);
        var range = api.writeReports("?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z")
                .getJsonObject(0);
        assertThat(range.getString("name")).endsWith("_range.csv");
        assertThat(range.getJsonNumber("rows").longValue()).isZero();
        var bad = api.post("api/reports?type=monthly");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("type='monthly' is unknown");
    }

    private static java.net.http.HttpResponse<String> postRaw(String query) {
        return api.post("api/reports" + query);
    }

    @Test
    void aPostWithoutRangeNamesItsReportsByTheMomentSoNoScheduledReportIsReplaced() {
        var names = api.writeReports("").stream()
                .map(w -> ((JsonObject) w).getString("name"))
                .toList();
        assertThat(names).hasSize(2);
        assertThat(names.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d{4}_daily\\.csv");
        assertThat(names.get(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d{4}_weekly\\.csv");
        assertThat(api.get("api/reports").body()).contains(names.get(0), names.get(1));
        assertThat(api.get("api/reports/" + names.get(0)).statusCode()).isEqualTo(200);
    }

    @Test
    void aRangeOfMoreThan31DaysIsRefusedPointingToTheCsvStream() {
        var response = postRaw("?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:01Z");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("longer than 31 days", "GET /api/readings?format=csv");
        assertThat(postRaw("?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTimePastTheYear9999IsRefused() {
        var response = postRaw("?from=9999-12-31T00:00:00Z&to=%2B10000-01-01T12:00:00Z");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("+10000", "out of range", "9999-12-30");
        assertThat(api.get("api/reports").body()).doesNotContain("+10000");
    }

    @Test
    void aRangeFromLongAgoOutlivesTheCleanUpOfItsOwnRequest() {
        String name = api.writeReports("?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z")
                .getJsonObject(0)
                .getString("name");
        assertThat(api.get("api/reports").body()).contains(name);
        assertThat(api.get("api/reports/" + name).statusCode()).isEqualTo(200);
    }

    @Test
    void hostileNamesNeverReachAFile() {
        for (String name : List.of(
                "..%2F..%2Fserver.xml",
                "%2Fetc%2Fpasswd",
                "..%2Fdata%2Fluxlogger.db",
                "%2e%2e%2fserver.xml",
                "fields.csv%00.txt",
                "x".repeat(300) + ".csv",
                "2026-01-01_daily.csv%2F..%2F..%2Fserver.xml",
                "luxlogger.db")) {
            var response = api.get("api/reports/" + name);
            assertThat(response.statusCode()).as(name).isBetween(400, 499);
            assertThat(response.body()).doesNotContain("<server", "root:");
        }
        var traversal = api.get("api/reports/../../server.xml");
        assertThat(traversal.statusCode()).isBetween(400, 499);
    }

    @Test
    void anUnknownReportIsA404InTheApisErrorShape() {
        var response = api.get("api/reports/2001-01-01_daily.csv");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        var error = Api.json(response);
        assertThat(error.keySet()).containsExactly("error");
        assertThat(error.getString("error")).isEqualTo("no report named '2001-01-01_daily.csv'");
    }
}
