package it;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines beside CSV, as a user of a guarded server gets them: reports in both formats on schedule
 * (REPORT_FORMATS=csv,jsonl) and on demand, and any range of readings streamed as CSV or JSON Lines that says the
 * same as the JSON answer. A server of its own: the shared one runs with the default settings, no token.
 */
class ExportIT {

    private static final String TOKEN = "export-Token-3";
    private static final Map<String, String> AUTHORIZED = Map.of("Authorization", "Bearer " + TOKEN);
    private static final String FIELDS = "ID_WEB_Temperatur_TVL,ID_WEB_Temperatur_TRL,ID_WEB_SoftStand,ID_Ba_Hz_akt,"
            + "ID_WEB_ASDin,ID_WEB_ERROR_Time0";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static LibertyProcess server;
    private static Api api;

    @BeforeAll
    static void start() {
        Map<String, String> env = new HashMap<>(SharedServer.ENV);
        env.put("REPORT_FORMATS", "csv,jsonl");
        env.put("API_TOKEN", TOKEN);
        server = new LibertyProcess("luxExport", env).withoutData().start();
        api = server.api();
        Await.until(
                "5 polls stored",
                WAIT,
                () -> get("api/readings?fields=ID_WEB_Temperatur_TA&from="
                                        + Instant.now().minusSeconds(60))
                                .body()
                                .split("\"time\"")
                                .length
                        > 5);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theScheduledReportsAreWrittenInEachFormat() {
        String listed = Await.value("the scheduled daily report in both formats", WAIT, () -> {
            String body = get("api/reports").body();
            return body.matches("(?s).*\"\\d{4}-\\d\\d-\\d\\d_daily\\.csv\".*")
                            && body.matches("(?s).*\"\\d{4}-\\d\\d-\\d\\d_daily\\.jsonl\".*")
                    ? body
                    : null;
        });
        assertThat(listed).contains("fields.csv");
    }

    @Test
    void aPostWritesJsonLinesWhoseDownloadHoldsOneObjectPerPoll() {
        var unauthorized = api.request("POST", "api/reports?type=daily&format=jsonl", Map.of());
        assertThat(unauthorized.statusCode()).isEqualTo(401);

        var written = Api.json(ok(post("api/reports?type=daily&format=jsonl")))
                .getJsonArray("written")
                .getValuesAs(JsonObject.class);

        assertThat(written)
                .singleElement()
                .satisfies(report ->
                        assertThat(report.getString("name")).matches("\\d{4}-\\d\\d-\\d\\dT\\d{4}_daily\\.jsonl"));
        JsonObject report = written.get(0);
        var download = ok(get("api/reports/" + report.getString("name")));
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<String> lines = download.body().lines().toList();
        assertThat(lines).hasSize(report.getInt("rows")).hasSizeGreaterThanOrEqualTo(5);
        for (String line : lines) {
            JsonObject poll = parse(line);
            assertThat(poll.keySet()).first().isEqualTo("time");
            assertThat(poll.getJsonNumber("calculations.ID_WEB_Temperatur_TVL")).isNotNull();
            assertThat(poll.size()).isEqualTo(report.getInt("columns"));
        }
        String tag = download.headers().firstValue("ETag").orElseThrow();
        var unchanged =
                api.request("GET", "api/reports/" + report.getString("name"), with(AUTHORIZED, "If-None-Match", tag));
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        var both = Api.json(ok(post("api/reports?type=weekly"))).getJsonArray("written");
        assertThat(both.getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("name").replaceAll(".*\\.", ""))
                .containsExactly("csv", "jsonl");
    }

    @Test
    void anyRangeOfReadingsStreamsAsJsonLinesAndCsvSayingWhatTheJsonAnswerSays() throws Exception {
        // a range wholly in the past, so that each of the three answers holds the same polls
        String query = Await.value("5 polls in a range that has ended", WAIT, () -> {
            Instant to = Instant.now().minusSeconds(1);
            String range = "api/readings?controller=heatpump&fields=" + FIELDS + "&from=" + encode(to.minusSeconds(60))
                    + "&to=" + encode(to);
            return Api.json(ok(get(range))).getJsonArray("points").size() >= 5 ? range : null;
        });
        List<JsonObject> points =
                Api.json(ok(get(query))).getJsonArray("points").getValuesAs(JsonObject.class);

        var jsonl = ok(api.request("GET", query + "&format=jsonl", with(AUTHORIZED, "Accept", "application/x-ndjson")));
        assertThat(jsonl.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<String> lines = jsonl.body().lines().toList();
        assertThat(lines).hasSameSizeAs(points);
        for (int i = 0; i < lines.size(); i++) {
            JsonObject line = parse(lines.get(i));
            assertThat(line.getString("time")).isEqualTo(points.get(i).getString("time"));
            JsonObject values = Json.createObjectBuilder(line).remove("time").build();
            assertThat(values).isEqualTo(points.get(i).getJsonObject("values"));
        }

        var csv = ok(get(query + "&format=csv"));
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String[]> rows;
        try (var reader = new CSVReader(new StringReader(csv.body()))) {
            rows = reader.readAll();
        }
        List<String> header = Arrays.asList(rows.get(0));
        assertThat(header)
                .startsWith("timestamp", "unix_time")
                .containsAll(points.get(0).getJsonObject("values").keySet())
                .hasSize(2 + 6);
        assertThat(rows).hasSize(points.size() + 1);
        for (int i = 0; i < points.size(); i++) {
            String[] row = rows.get(i + 1);
            assertThat(Long.parseLong(row[1]))
                    .isEqualTo(Instant.parse(points.get(i).getString("time")).getEpochSecond());
            JsonObject values = points.get(i).getJsonObject("values");
            for (int column = 2; column < header.size(); column++) {
                assertSays(row[column], values.get(header.get(column)), header.get(column));
            }
        }
    }

    @Test
    void anUnknownFormatOrOneWithPointsIsRefusedNamingTheParameter() {
        var unknown = get("api/readings?fields=ID_WEB_Temperatur_TVL&format=xml");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Api.json(unknown).getString("error")).isEqualTo("format='xml' is unknown: use csv or jsonl");

        var withPoints = get("api/readings?fields=ID_WEB_Temperatur_TVL&format=csv&points=100");
        assertThat(withPoints.statusCode()).isEqualTo(400);
        assertThat(Api.json(withPoints).getString("error")).contains("points", "format");

        var post = post("api/reports?type=daily&format=pdf");
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(Api.json(post).getString("error")).contains("format='pdf'");
    }

    /** A CSV cell says what the JSON value says: numbers alike, flags as 1 and 0, times in the zone. */
    private static void assertSays(String cell, JsonValue value, String column) {
        if (value == null || value == JsonValue.NULL) {
            assertThat(cell).as(column).isEmpty();
        } else if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            assertThat(cell).as(column).isEqualTo(value == JsonValue.TRUE ? "1" : "0");
        } else if (value instanceof JsonNumber number) {
            assertThat(new BigDecimal(cell)).as(column).isEqualByComparingTo(number.bigDecimalValue());
        } else if (column.contains("Time")) {
            assertThat(OffsetDateTime.parse(cell).toInstant())
                    .as(column)
                    .isEqualTo(Instant.parse(((JsonString) value).getString()));
        } else {
            assertThat(cell).as(column).isEqualTo(((JsonString) value).getString());
        }
    }

    private static HttpResponse<String> get(String path) {
        return api.request("GET", path, AUTHORIZED);
    }

    /** As the README's examples and the dashboard do: the token, and the header every change carries. */
    private static HttpResponse<String> post(String path) {
        return api.request("POST", path, with(AUTHORIZED, "X-Requested-By", "lux-logger"));
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return more;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.request().uri() + ": " + response.body())
                .isEqualTo(200);
        return response;
    }

    private static JsonObject parse(String line) {
        return Json.createReader(new StringReader(line)).readObject();
    }

    private static String encode(Instant time) {
        return URLEncoder.encode(time.toString(), StandardCharsets.UTF_8);
    }
}
