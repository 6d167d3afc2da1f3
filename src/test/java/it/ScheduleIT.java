package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The report timers fire at CSV_TIME, a report missed while the server was down comes at start, and API_TOKEN guards /api. */
class ScheduleIT {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private LibertyProcess server;

    @AfterEach
    void stop() {
        server.close();
    }

    /** A server on UTC polling its built-in simulator, writing reports at {@code csvTime}, weekly ones today. */
    private LibertyProcess start(LocalTime csvTime) {
        server = new LibertyProcess(
                        "luxSchedule",
                        Map.of(
                                "HOST",
                                "simulator",
                                "TZ",
                                "UTC",
                                "CSV_TIME",
                                CLOCK.format(csvTime),
                                "WEEKLY_DAY",
                                LocalDate.now(ZoneOffset.UTC).getDayOfWeek().name(),
                                "INTERVAL_SEC",
                                "2",
                                "API_TOKEN",
                                "s3cret"))
                .withoutData();
        return server.start();
    }

    @Test
    void dailyAndWeeklyTimersFireAtCsvTime() {
        LocalTime at = LocalTime.now(ZoneOffset.UTC).plusSeconds(40);
        Assumptions.assumeTrue(at.isAfter(LocalTime.of(0, 1)), "too close to midnight for a same-day schedule");
        start(at);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        server.awaitLog(line -> line.contains("daily/" + today + "_daily.csv"), Duration.ofSeconds(90));
        server.awaitLog(line -> line.contains("weekly/" + today + "_weekly.csv"), Duration.ofSeconds(30));
        assertThat(server.dir().resolve("data/daily/" + today + "_daily.csv")).isRegularFile();
        assertThat(server.dir().resolve("data/weekly/" + today + "_weekly.csv")).isRegularFile();
        assertThat(server.dir().resolve("data/daily/fields.csv")).isRegularFile();
    }

    @Test
    void reportMissedWhileDownIsWrittenAtStartAndTheTokenGuardsTheApi() {
        LocalTime at = LocalTime.now(ZoneOffset.UTC).minusMinutes(2);
        Assumptions.assumeTrue(at.isBefore(LocalTime.now(ZoneOffset.UTC)), "too close to midnight");
        start(at);
        server.awaitLog("daily report was missed");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        server.awaitLog(line -> line.contains("daily/" + today + "_daily.csv"), Duration.ofSeconds(30));

        Api api = server.api();
        var missing = api.get("api/reports");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"lux-logger\"");
        assertThat(error(missing)).isEqualTo(Map.of("error", "API_TOKEN is set: send Authorization: Bearer <token>"));
        var wrong = api.get("api/reports", "Bearer wrong");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(error(wrong)).isEqualTo(Map.of("error", "wrong token"));
        var ok = api.get("api/reports", "Bearer s3cret");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains(today + "_daily.csv");
        assertThat(api.get("api/readings/latest").statusCode()).isEqualTo(401);
        assertThat(api.get("health/live").statusCode()).isEqualTo(200);
        assertThat(api.get("health/ready").statusCode()).isNotEqualTo(401);
    }

    /** An error body of the API as its fields; the API has one shape for errors: {"error": "..."}. */
    private static Map<String, String> error(HttpResponse<String> response) {
        var fields = new HashMap<String, String>();
        Api.json(response)
                .forEach((name, value) ->
                        fields.put(name, value instanceof JsonString text ? text.getString() : value.toString()));
        return fields;
    }
}
