package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner of one heat pump upgrades: the new server opens the database the logger of 2026-12-06 wrote
 * ({@code src/test/resources/databases/main-2026-12-06.db}, 600 polls at 30 s from 00:00Z, firmware V3.78),
 * migrates it in place, serves its polls under the one controller's name and keeps polling into it.
 */
class UpgradeIT {

    private static final String KEPT = "/databases/main-2026-12-06.db";
    private static final int KEPT_POLLS = 600;
    private static final Instant KEPT_FIRST = Instant.parse("2026-12-06T00:00:00Z");
    private static final Instant KEPT_LAST = Instant.parse("2026-12-06T04:59:30Z");
    /** The kept polls' range, as a user asks for it. */
    private static final String KEPT_RANGE = "from=2026-12-06T00:00:00Z&to=2026-12-06T05:00:00Z";

    @TempDir
    Path folder;

    @Test
    void theKeptDatabaseIsMigratedAndItsPollsBelongToHeatpump() {
        Path database = kept();
        try (var server = new LibertyProcess("luxUpgrade", environment(database, Map.of()))) {
            Api api = server.start().api();
            server.awaitLog("Database schema migrated to version 4 (3 steps)");
            api.awaitFirstPoll();

            // with one controller, ?controller= may be left out, as before
            for (String query : List.of(KEPT_RANGE, KEPT_RANGE + "&controller=heatpump")) {
                JsonObject series = Api.json(api.get("api/readings?fields=ID_WEB_Temperatur_TA&" + query));
                assertThat(series.getString("controller")).isEqualTo("heatpump");
                assertKeptPolls(series);
            }

            JsonObject heatpump = Await.value("a new poll stored after the kept ones", Duration.ofSeconds(60), () -> {
                List<JsonObject> controllers = api.controllers();
                assertThat(controllers).extracting(c -> c.getString("name")).containsExactly("heatpump");
                JsonObject only = controllers.get(0);
                return Instant.parse(only.getString("lastPoll")).isAfter(KEPT_LAST) ? only : null;
            });
            assertThat(heatpump.getString("state")).isEqualTo("ok");
            assertThat(heatpump.getString("firmware")).isEqualTo("V3.92.1");
            assertThat(Instant.parse(heatpump.getString("lastPoll")))
                    .isAfter(Instant.now().minusSeconds(30));
            server.stop();

            Database file = server.database();
            List<Long> times = file.pollTimes("heatpump");
            assertThat(times).hasSizeGreaterThan(KEPT_POLLS).doesNotHaveDuplicates();
            assertThat(times.get(0)).isEqualTo(KEPT_FIRST.toEpochMilli());
            assertThat(times.get(KEPT_POLLS - 1)).isEqualTo(KEPT_LAST.toEpochMilli());
            assertThat(file.firmwares()).containsOnlyKeys("heatpump");
            assertThat(file.firmwares().get("heatpump")).contains("V3.78", "V3.92.1");
            assertThat(file.integrity()).isEqualTo("ok");
            assertThat(server.errors()).isEmpty();
        }
    }

    @Test
    void withControllerNameSetTheKeptPollsBelongToThatController() {
        Path database = kept();
        try (var server =
                new LibertyProcess("luxUpgradeCellar", environment(database, Map.of("CONTROLLER_NAME", "cellar")))) {
            Api api = server.start().api();
            api.awaitFirstPoll();

            JsonObject series =
                    Api.json(api.get("api/readings?fields=ID_WEB_Temperatur_TA&controller=cellar&" + KEPT_RANGE));
            assertThat(series.getString("controller")).isEqualTo("cellar");
            assertKeptPolls(series);
            var heatpump = api.get("api/readings?fields=ID_WEB_Temperatur_TA&controller=heatpump&" + KEPT_RANGE);
            assertThat(heatpump.statusCode()).isEqualTo(404);
            assertThat(api.controllers()).extracting(c -> c.getString("name")).containsExactly("cellar");
            server.stop();

            Database file = server.database();
            assertThat(file.pollTimes("cellar")).hasSizeGreaterThan(KEPT_POLLS);
            assertThat(file.firmwares()).containsOnlyKeys("cellar");
            assertThat(server.errors()).isEmpty();
        }
    }

    private static void assertKeptPolls(JsonObject series) {
        var points = series.getJsonArray("points").getValuesAs(JsonObject.class);
        assertThat(points).hasSize(KEPT_POLLS);
        assertThat(points.get(0).getString("time")).isEqualTo(KEPT_FIRST.toString());
        assertThat(points.get(KEPT_POLLS - 1).getString("time")).isEqualTo(KEPT_LAST.toString());
        assertThat(points)
                .allSatisfy(point ->
                        assertThat(point.getJsonObject("values")).containsKey("calculations.ID_WEB_Temperatur_TA"));
    }

    /** The kept database's copy, since opening it migrates it and SQLite writes next to it. */
    private Path kept() {
        Path copy = folder.resolve("luxlogger.db");
        try (InputStream in = UpgradeIT.class.getResourceAsStream(KEPT)) {
            assertThat(in).as(KEPT).isNotNull();
            Files.copy(in, copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    private static Map<String, String> environment(Path database, Map<String, String> more) {
        var env = new java.util.HashMap<>(Map.of(
                "HOST", "simulator",
                "INTERVAL_SEC", "1",
                "TIMEOUT_SEC", "5",
                "RETRIES", "1",
                "CACHE_PATH", database.toString()));
        env.putAll(more);
        return env;
    }
}
