package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    private LibertyProcess start(LocalTime csvTime) {
        server = new LibertyProcess("luxSchedule", Map.of("HOST", "simulator", "TZ", "UTC", "CSV_TIME", CLOCK.format(csvTime),
                "WEEKLY_DAY", LocalDate.now(ZoneOffset.UTC).getDayOfWeek().name(), "INTERVAL_SEC", "2",
                "API_TOKEN", "s3cret")).withoutData();
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
    void reportMissedWhileDownIsWrittenAtStartAndTheTokenGuardsTheApi() throws Exception {
        LocalTime at = LocalTime.now(ZoneOffset.UTC).minusMinutes(2);
        Assumptions.assumeTrue(at.isBefore(LocalTime.now(ZoneOffset.UTC)), "too close to midnight");
        start(at);
        server.awaitLog(line -> line.contains("daily report was missed"), Duration.ofSeconds(60));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        server.awaitLog(line -> line.contains("daily/" + today + "_daily.csv"), Duration.ofSeconds(30));

        var missing = server.get("api/reports");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"lux-logger\"");
        assertThat(error(missing.body())).isEqualTo(Map.of("error", "API_TOKEN is set: send Authorization: Bearer <token>"));
        var wrong = send("api/reports", "Bearer wrong");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(error(wrong.body())).isEqualTo(Map.of("error", "wrong token"));
        var ok = send("api/reports", "Bearer s3cret");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains(today + "_daily.csv");
        assertThat(server.get("api/readings/latest").statusCode()).isEqualTo(401);
        assertThat(server.get("health/live").statusCode()).isEqualTo(200);
        assertThat(server.get("health/ready").statusCode()).isNotEqualTo(401);
    }

    /** An error body of the API as its fields; the API has one shape for errors: {"error": "..."}. */
    private static Map<String, String> error(String body) {
        var fields = new java.util.HashMap<String, String>();
        jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject()
                .forEach((name, value) -> fields.put(name, value instanceof jakarta.json.JsonString text ? text.getString() : value.toString()));
        return fields;
    }

    private java.net.http.HttpResponse<String> send(String path, String authorization) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", authorization).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
