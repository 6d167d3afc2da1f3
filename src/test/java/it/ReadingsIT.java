package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The server polls its simulated heat pump every second; the readings arrive over HTTP. */
@MicroShedTest
class ReadingsIT {

    static Api api;

    @BeforeAll
    static void pollsArrive() {
        api = SharedServer.api();
        api.awaitFirstPoll();
    }

    @Test
    void latestReadingHasEveryFieldDecoded() {
        JsonObject latest = api.latestReading();
        assertThat(latest.getString("firmware")).isEqualTo("V3.92.1");
        assertThat(latest.getBoolean("simulated")).isTrue();
        var values = latest.getJsonArray("values");
        assertThat(values.size()).isGreaterThan(1800);
        JsonObject outdoor = values.stream()
                .map(JsonObject.class::cast)
                .filter(v -> v.getString("name").equals("calculations.ID_WEB_Temperatur_TA"))
                .findFirst()
                .orElseThrow();
        assertThat(outdoor.getString("unit")).isEqualTo("°C");
        assertThat(outdoor.getJsonNumber("value").doubleValue() * 10).isEqualTo(outdoor.getInt("raw"));
        assertThat(outdoor.getString("group")).isEqualTo("calculations");
        assertThat(outdoor.getInt("index")).isEqualTo(15);
        assertThat(Instant.parse(latest.getString("time")))
                .isAfter(Instant.now().minusSeconds(30));
    }

    @Test
    void fieldsSelectByNameOrPattern() {
        var values = Api.json(api.get("api/readings/latest?fields=ID_WEB_Temperatur_TVL,*Temperatur_TRL"))
                .getJsonArray("values");
        assertThat(values)
                .extracting(v -> ((JsonObject) v).getString("name"))
                .containsExactly("calculations.ID_WEB_Temperatur_TVL", "calculations.ID_WEB_Temperatur_TRL");
    }

    @Test
    void seriesGivesEveryPollOfTheRangeInOrder() {
        JsonObject series =
                api.awaitSeries(Instant.now().minusSeconds(60), "ID_WEB_Temperatur_TVL,ID_WEB_Temperatur_TRL", 2);
        var points = series.getJsonArray("points");
        assertThat(points.size()).isGreaterThanOrEqualTo(2);
        Instant previous = Instant.MIN;
        for (var point : points) {
            Instant time = Instant.parse(((JsonObject) point).getString("time"));
            assertThat(time).isAfter(previous);
            previous = time;
            assertThat(((JsonObject) point).getJsonObject("values").keySet())
                    .containsExactly("calculations.ID_WEB_Temperatur_TVL", "calculations.ID_WEB_Temperatur_TRL");
        }
    }

    @Test
    void seriesDownsampledKeepsEachFieldsExtremesInAtMostThePointsAsked() {
        String fields = "ID_WEB_Temperatur_TVL,ID_WEB_Temperatur_TRL";
        var raw = api.awaitSeries(Instant.now().minusSeconds(60), fields, 6).getJsonArray("points");
        String first = raw.getJsonObject(0).getString("time");
        Instant last = Instant.parse(raw.getJsonObject(raw.size() - 1).getString("time"));
        // the range of the polls just read, so that the downsampled answer reads the same polls
        String range = "from=" + first + "&to=" + last.plusMillis(1);

        JsonObject series = Api.json(api.get("api/readings?" + range + "&fields=" + fields + "&points=4"));
        assertThat(series.getJsonObject("downsampled").getInt("buckets")).isEqualTo(2);
        assertThat(series.getJsonObject("downsampled").getInt("polls")).isEqualTo(raw.size());
        var points = series.getJsonArray("points");
        assertThat(points.stream().map(p -> ((JsonObject) p).getString("time")))
                .isSorted()
                .doesNotHaveDuplicates();
        for (String field : List.of("calculations.ID_WEB_Temperatur_TVL", "calculations.ID_WEB_Temperatur_TRL")) {
            var kept = values(points, field);
            assertThat(kept).as(field).hasSizeBetween(1, 4);
            var all = values(raw, field);
            assertThat(kept).as(field).contains(Collections.min(all), Collections.max(all));
        }

        var one = Api.json(api.get("api/readings?" + range + "&fields=ID_WEB_Temperatur_TVL&points=2"));
        assertThat(one.getJsonArray("points").size()).isBetween(1, 2);
        assertBadRequest("api/readings?fields=ID_WEB_Temperatur_TVL&points=0", "points='0'");
        assertBadRequest("api/readings?fields=ID_WEB_Temperatur_TVL&points=abc", "points='abc'");
    }

    /** The values of one field among the points that hold it. */
    private static List<BigDecimal> values(JsonArray points, String field) {
        return points.stream()
                .map(p -> ((JsonObject) p).getJsonObject("values"))
                .filter(values -> values.containsKey(field))
                .map(values -> values.getJsonNumber(field).bigDecimalValue())
                .toList();
    }

    @Test
    void badRequestsAreExplained() {
        assertBadRequest("api/readings?from=yesterday&fields=ID_WEB_Temperatur_TVL", "from='yesterday' is not a time");
        assertBadRequest("api/readings?from=2026-01-02&to=2026-01-01&fields=ID_WEB_Temperatur_TVL", "must be before");
        assertBadRequest("api/readings?fields=NoSuchField", "No field matches 'NoSuchField'");
        assertBadRequest("api/readings?from=2026-01-01", "fields is required");
        assertBadRequest("api/readings?from=2025-01-01&to=2026-01-01&fields=*", "too many values");
        assertBadRequest("api/readings/latest?fields=Nope*", "No field matches 'Nope*'");
    }

    private static void assertBadRequest(String path, String message) {
        var response = api.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(Api.json(response).getString("error")).contains(message);
    }

    @Test
    void metricsCountThePolls() {
        assertThat(api.metrics())
                .contains(
                        "luxlogger_polls_total{",
                        "outcome=\"ok\"",
                        "outcome=\"failed\"",
                        "outcome=\"skipped\"",
                        "outcome=\"rejected\"",
                        "luxlogger_poll_duration_seconds",
                        "luxlogger_spill_bytes",
                        "luxlogger_database_bytes",
                        "luxlogger_buffer_polls",
                        "luxlogger_last_success_seconds");
    }
}
