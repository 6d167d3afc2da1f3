package it;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Reports on demand over HTTP, from the polls of the shared server. */
@MicroShedTest
class ReportsIT {

    @BeforeAll
    static void polls() throws InterruptedException {
        TestServer.shared();
        Database.awaitPolls(TestServer.shared(), 3);
    }

    private static JsonObject post(String query) {
        var response = Http.send(HttpRequest.newBuilder(Http.base().resolve("api/reports" + query))
                .header("X-Requested-By", "lux-logger").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReadingsIT.json(response);
    }

    private static List<String[]> csv(String name) throws Exception {
        var response = Http.get("api/reports/" + name);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        try (var reader = new CSVReader(new StringReader(response.body()))) {
            return reader.readAll();
        }
    }

    @Test
    void postWritesTheDailyAndWeeklyReportWithEveryPollAndField() throws Exception {
        var written = post("").getJsonArray("written");
        String today = LocalDate.now(ZoneId.systemDefault()).toString();
        assertThat(written).extracting(w -> ((JsonObject) w).getString("name"))
                .containsExactly(today + "_daily.csv", today + "_weekly.csv");

        for (var entry : written) {
            JsonObject report = (JsonObject) entry;
            List<String[]> rows = csv(report.getString("name"));
            String[] header = rows.get(0);
            assertThat(header).startsWith("timestamp", "unix_time");
            assertThat(header).contains("calculations.ID_WEB_Temperatur_TVL", "parameters.ID_Einst_BWS_akt",
                    "visibilities.ID_Visi_Heizung", "calculations.ID_WEB_SoftStand");
            assertThat(header.length).isEqualTo(report.getInt("columns")).isGreaterThan(1800);
            assertThat(rows.size() - 1L).isEqualTo(report.getJsonNumber("rows").longValue()).isGreaterThanOrEqualTo(3);
            assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
            int flow = List.of(header).indexOf("calculations.ID_WEB_Temperatur_TVL");
            assertThat(rows.get(1)[flow]).matches("-?\\d+\\.\\d");
        }
        assertThat(Http.get("api/reports").body()).contains(today + "_daily.csv", today + "_weekly.csv", "fields.csv");
        assertThat(csv("fields.csv").get(0)).containsExactly("column", "group", "index", "name", "label", "type", "unit");
    }

    @Test
    void onlyOneTypeOrAnExplicitRange() {
        assertThat(post("?type=weekly").getJsonArray("written")).hasSize(1);
        var range = post("?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z").getJsonArray("written").getJsonObject(0);
        assertThat(range.getString("name")).endsWith("_range.csv");
        assertThat(range.getJsonNumber("rows").longValue()).isZero();
        var bad = Http.send(HttpRequest.newBuilder(Http.base().resolve("api/reports?type=monthly")).header("X-Requested-By", "lux-logger").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("type='monthly' is unknown");
    }

    @Test
    void hostileNamesNeverReachAFile() {
        for (String name : List.of("..%2F..%2Fserver.xml", "%2Fetc%2Fpasswd", "..%2Fdata%2Fluxlogger.db", "%2e%2e%2fserver.xml",
                "fields.csv%00.txt", "x".repeat(300) + ".csv", "2026-01-01_daily.csv%2F..%2F..%2Fserver.xml", "luxlogger.db")) {
            var response = Http.send(HttpRequest.newBuilder(URI.create(Http.base() + "api/reports/" + name)).GET());
            assertThat(response.statusCode()).as(name).isBetween(400, 499);
            assertThat(response.body()).doesNotContain("<server", "root:");
        }
        var traversal = Http.send(HttpRequest.newBuilder(URI.create(Http.base() + "api/reports/../../server.xml")).GET());
        assertThat(traversal.statusCode()).isBetween(400, 499);
    }

    @Test
    void anUnknownReportIsA404InTheApisErrorShape() {
        var response = Http.get("api/reports/2001-01-01_daily.csv");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        var error = jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
        assertThat(error.keySet()).containsExactly("error");
        assertThat(error.getString("error")).isEqualTo("no report named '2001-01-01_daily.csv'");
    }
}
