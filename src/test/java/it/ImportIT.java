package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import luxlogger.imports.control.Samples;
import luxlogger.imports.control.Samples.RawPoll;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.StandaloneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The earlier logger's database sent to a real server ({@code POST /api/import}) as a user sends it: the real samples
 * of {@code src/test/resources/migration}, imported exactly, once only, guarded like every change, bad files refused
 * with nothing stored, and the day summaries and the journal of the imported days computed.
 */
class ImportIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant SAMPLE_DAY = Instant.parse("2025-01-06T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void importsTheSamplesExactlyOnceAndComputesTheirDays() throws Exception {
        Path database = folder.resolve("luxlogger.db");
        Path sample = Samples.database(Samples.SAMPLE, folder);
        Path berlin = Samples.database(Samples.BERLIN, folder);
        Map<String, String> env = Map.of(
                "HOST", "simulator",
                "CONTROLLER_NAME", "heatpump",
                "TZ", "UTC",
                "CACHE_PATH", database.toString(),
                "OUTPUT_DIRS", folder.resolve("reports").toString(),
                // the earlier logger's interval: the journal takes longer gaps for the logger's downtime
                "INTERVAL_SEC", "30");
        try (var server = new LibertyProcess("luxImport", env)) {
            Api api = server.start().api();
            api.awaitFirstPoll();

            // refused before anything is read: the header, the parameters, files that are none of the earlier logger's
            assertThat(send(api, "api/import", bytes(sample), false))
                    .satisfies(answer -> assertThat(answer.statusCode()).isEqualTo(403))
                    .satisfies(answer -> assertThat(answer.body()).contains("X-Requested-By"));
            assertError(send(api, "api/import?controller=garage", bytes(sample), true), 404, "garage");
            assertError(send(api, "api/import?zone=Mars/Base", bytes(sample), true), 400, "zone='Mars/Base'");
            assertError(
                    send(api, "api/import", "just text".getBytes(StandardCharsets.UTF_8), true),
                    400,
                    "the file sent is not an SQLite database");
            assertError(
                    send(api, "api/import", sqlite("CREATE TABLE readings (time REAL, value TEXT)"), true),
                    400,
                    "the file sent has no table sensor_data");
            assertError(
                    send(api, "api/import", sqlite("CREATE TABLE sensor_data (ts REAL, json TEXT)"), true),
                    400,
                    "another schema");
            assertThat(server.database().pollTimes())
                    .allMatch(time ->
                            time > Instant.now().minus(Duration.ofHours(1)).toEpochMilli());
            assertThat(Files.list(database.getParent()).map(Path::getFileName).map(Path::toString))
                    .noneMatch(name -> name.startsWith("import-"));

            HttpResponse<String> firstAnswer = send(api, "api/import", bytes(sample), true);
            // the client asks for HTTP/2 (h2c), under which the server kept refused bodies in memory: it answers in 1.1
            assertThat(firstAnswer.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            JsonObject first = Api.json(ok(firstAnswer));
            JsonObject again = Api.json(ok(send(api, "api/import?controller=heatpump", bytes(sample), true)));
            JsonObject autumn = Api.json(ok(send(api, "api/import?zone=Europe/Berlin", bytes(berlin), true)));

            System.out.println("ImportIT first run: " + first);
            assertThat(first.getInt("read")).isEqualTo(120);
            assertThat(first.getInt("imported")).isEqualTo(120);
            assertThat(first.getInt("present")).isZero();
            assertThat(first.getInt("rejected")).isZero();
            assertThat(first.getInt("missed")).isZero();
            assertThat(first.getJsonNumber("exact").doubleValue()).isEqualTo(1.0);
            assertThat(first.getString("controller")).isEqualTo("heatpump");
            assertThat(first.getString("zone")).isEqualTo("UTC");
            assertThat(first.getString("first")).startsWith("2025-01-06T00:00:00");
            assertThat(again.getInt("imported")).isZero();
            assertThat(again.getInt("present")).isEqualTo(120);
            assertThat(autumn.getInt("imported")).isEqualTo(240);
            assertThat(autumn.getString("zone")).isEqualTo("Europe/Berlin");

            List<JsonObject> days = Api.json(ok(api.get("api/summary?from=2025-01-06&to=2025-01-07")))
                    .getJsonArray("rows")
                    .getValuesAs(JsonObject.class);
            assertThat(days).singleElement().satisfies(day -> {
                assertThat(day.getString("label")).isEqualTo("2025-01-06");
                assertThat(day.getInt("samples")).isEqualTo(120);
            });
            List<JsonObject> autumnDays = Api.json(ok(api.get("api/summary?from=2025-10-26&to=2025-10-27")))
                    .getJsonArray("rows")
                    .getValuesAs(JsonObject.class);
            assertThat(autumnDays)
                    .singleElement()
                    .satisfies(day -> assertThat(day.getInt("samples")).isEqualTo(240));
            JsonObject events = Await.value("events of the imported day", WAIT, () -> {
                JsonObject page = Api.json(ok(api.get("api/events?from=2025-01-06&to=2025-01-07")));
                return page.getInt("total") > 0 ? page : null;
            });
            List<JsonObject> found = events.getJsonArray("events").getValuesAs(JsonObject.class);
            System.out.println("ImportIT events of 2025-01-06: "
                    + found.stream().map(e -> e.getString("kind")).distinct().toList());
            assertThat(found).extracting(e -> e.getString("kind")).contains("compressor-run", "operating-mode");
            // 30 s apart, as the earlier logger polled: no downtime of the logger within the imported hour
            assertThat(found)
                    .filteredOn(e -> e.getString("kind").equals("logger-down"))
                    .allSatisfy(e -> assertThat(e.getString("time")).isGreaterThan("2025-01-06T00:59:30"));
        }
        // what the server stored is what the controller sent, value for value
        try (var stored = new StandaloneStore(database)) {
            List<Snapshot> polls = new ArrayList<>();
            stored.reader().forEach("heatpump", SAMPLE_DAY, SAMPLE_DAY.plus(Duration.ofDays(1)), polls::add);
            assertThat(differences(polls, Samples.raw(Samples.SAMPLE))).isZero();
        }
    }

    @Test
    void oneImportRunsAtATime() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        Map<String, String> env = Map.of(
                "HOST",
                "simulator",
                "TZ",
                "UTC",
                "CACHE_PATH",
                folder.resolve("luxlogger.db").toString(),
                "OUTPUT_DIRS",
                folder.resolve("reports").toString());
        try (var server = new LibertyProcess("luxImportTurns", env)) {
            Api api = server.start().api();
            api.awaitFirstPoll();
            byte[] file = bytes(sample);
            var body = new PipedOutputStream();
            var received = new PipedInputStream(body, 1 << 16);
            // the first import's file comes slowly: half of it, and the rest only once a second one was refused
            CompletableFuture<HttpResponse<String>> slow = CLIENT.sendAsync(
                    request(api, "api/import", HttpRequest.BodyPublishers.ofInputStream(() -> received), true),
                    HttpResponse.BodyHandlers.ofString());
            body.write(file, 0, file.length / 2);
            byte[] junk = "x".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> refused = Await.value("a second import refused", WAIT, () -> {
                HttpResponse<String> answer = send(api, "api/import", junk, true);
                return answer.statusCode() == 409 ? answer : null;
            });
            body.write(file, file.length / 2, file.length - file.length / 2);
            body.close();

            assertThat(refused.body()).contains("an import is running");
            assertThat(Api.json(ok(slow.get())).getInt("imported")).isEqualTo(120);
            assertError(send(api, "api/import", junk, true), 400, "not an SQLite database");
        }
    }

    @Test
    void aServerWithATokenRefusesAnImportWithoutIt() throws Exception {
        LibertyProcess guarded = GuardedServer.process();
        var answer = CLIENT.send(
                HttpRequest.newBuilder(guarded.uri("api/import"))
                        .header("Content-Type", "application/octet-stream")
                        .header("X-Requested-By", "lux-logger")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(Samples.database(Samples.SAMPLE, folder))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("API_TOKEN is set");
    }

    private static HttpRequest request(Api api, String path, BodyPublisher body, boolean requestedBy) {
        var request = HttpRequest.newBuilder(api.uri(path))
                .timeout(WAIT)
                .header("Content-Type", "application/octet-stream")
                .POST(body);
        if (requestedBy) {
            request.header("X-Requested-By", "lux-logger");
        }
        return request.build();
    }

    private static HttpResponse<String> send(Api api, String path, byte[] body, boolean requestedBy) {
        try {
            return CLIENT.send(
                    request(api, path, HttpRequest.BodyPublishers.ofByteArray(body), requestedBy),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer to POST " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Api.json(response).getString("error")).contains(message);
    }

    /** How many raw values of the stored polls differ from what the controller sent; polls at the rows' instants. */
    private static long differences(List<Snapshot> stored, List<RawPoll> raw) {
        assertThat(stored).hasSameSizeAs(raw);
        long differences = 0;
        for (int i = 0; i < raw.size(); i++) {
            assertThat(stored.get(i).time().toEpochMilli())
                    .isEqualTo(raw.get(i).ts().movePointRight(3).longValue());
            for (Group group : Group.values()) {
                int[] sent = raw.get(i).group(group);
                assertThat(stored.get(i).length(group)).isEqualTo(sent.length);
                for (int index = 0; index < sent.length; index++) {
                    differences += stored.get(i).raw(group, index) == sent[index] ? 0 : 1;
                }
            }
        }
        return differences;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SQLite file made by the statement, as bytes. */
    private byte[] sqlite(String statement) throws Exception {
        Path file = Files.createTempFile(folder, "other", ".db");
        Files.delete(file);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var run = connection.createStatement()) {
            run.execute(statement);
        }
        return bytes(file);
    }
}
