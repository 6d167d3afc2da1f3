package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report timers fire at CSV_TIME, a report missed while the server was down comes at start, and API_TOKEN
 * guards /api. One server shows both: started shortly before today's CSV_TIME, it never ran at yesterday's.
 */
class ScheduleIT {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static LibertyProcess server;
    private static LocalDate today;

    /** A server on UTC polling its built-in simulator, writing reports half a minute from now, weekly ones today. */
    @BeforeAll
    static void start() {
        // late enough that the server is up and has caught up on yesterday before the timer is due
        LocalTime csvTime = LocalTime.now(ZoneOffset.UTC).plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        Assumptions.assumeTrue(csvTime.isAfter(LocalTime.of(0, 1)), "too close to midnight for a same-day schedule");
        today = LocalDate.now(ZoneOffset.UTC);
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
                                today.getDayOfWeek().name(),
                                "INTERVAL_SEC",
                                "2",
                                "API_TOKEN",
                                "s3cret"))
                .withoutData();
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void dailyAndWeeklyTimersFireAtCsvTime() {
        server.awaitLog(line -> line.contains("daily/" + today + "_daily.csv"), Duration.ofSeconds(90));
        server.awaitLog(line -> line.contains("weekly/" + today + "_weekly.csv"), Duration.ofSeconds(30));
        assertThat(server.dir().resolve("data/daily/" + today + "_daily.csv")).isRegularFile();
        assertThat(server.dir().resolve("data/weekly/" + today + "_weekly.csv")).isRegularFile();
        assertThat(server.dir().resolve("data/daily/fields.csv")).isRegularFile();
    }

    @Test
    void reportMissedWhileDownIsWrittenAtStartAndTheTokenGuardsTheApi() {
        String missed = today.minusDays(1) + "_daily.csv";
        server.awaitLog(
                line -> line.contains("daily report was missed") && line.contains(missed), Duration.ofSeconds(60));
        server.awaitLog(line -> line.contains("daily/" + missed), Duration.ofSeconds(30));

        Api api = server.api();
        var unauthorized = api.get("api/reports");
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"lux-logger\"");
        assertThat(error(unauthorized))
                .isEqualTo(Map.of("error", "API_TOKEN is set: send Authorization: Bearer <token>"));
        var wrong = api.get("api/reports", "Bearer wrong");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(error(wrong)).isEqualTo(Map.of("error", "wrong token"));
        var ok = api.get("api/reports", "Bearer s3cret");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains(missed);
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
