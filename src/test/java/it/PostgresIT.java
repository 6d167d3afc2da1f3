package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.SimulatorOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with {@code DATABASE_URL} set: every poll goes to a real PostgreSQL server, and no SQLite file is made;
 * readings and reports are read from there; a kill -9 of the server and an outage of PostgreSQL lose nothing.
 */
class PostgresIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private Postgres postgres;
    private HeatPump heatPump;
    private LibertyProcess server;

    /** A server polling a new heat pump every second into a new PostgreSQL database. */
    private LibertyProcess server(String... namesAndValues) {
        postgres = Postgres.launch();
        heatPump = HeatPump.start(SimulatorOptions.of(Profile.CURRENT).withSpeed(60));
        Map<String, String> env = new HashMap<>(heatPump.serverEnvironment(namesAndValues));
        env.putAll(postgres.serverEnvironment());
        env.putAll(Map.of("INTERVAL_SEC", "1", "TIMEOUT_SEC", "3", "RETRIES", "0"));
        server = new LibertyProcess("luxPostgres", env).withoutData();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (heatPump != null) {
            heatPump.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void pollsGoToPostgresqlAndReadingsAndReportsComeFromThere() {
        Instant start = Instant.now();
        Api api = server().start().api();
        Database database = server.database();
        database.awaitPolls(3);

        assertThat(server.awaitLog("Storing polls in PostgreSQL"))
                .contains(postgres.jdbcUrl(), "(Hibernate PostgreSQLDialect)");
        assertThat(api.latestReading().getJsonArray("values").size()).isGreaterThan(1800);
        assertThat(api.awaitSeries(start, "ID_WEB_Temperatur_TVL", 3).getJsonArray("points"))
                .hasSizeGreaterThanOrEqualTo(3);

        JsonObject daily = api.writeReports("?type=daily").getJsonObject(0);
        List<String[]> rows = api.report(daily.getString("name"));
        assertThat(rows.size() - 1L)
                .isEqualTo(daily.getJsonNumber("rows").longValue())
                .isGreaterThanOrEqualTo(3);

        // today's energy summary is computed from those polls and kept in PostgreSQL's day_summary
        var summary = api.get("api/summary");
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
        JsonObject today = Api.json(summary).getJsonArray("rows").getJsonObject(0);
        assertThat(today.getInt("samples")).isGreaterThanOrEqualTo(3);
        assertThat(today.getInt("partialDays")).isOne();

        api.awaitReadiness(200, "\"name\":\"database\",\"status\":\"UP\"");
        // the tables of our schema, with their indexes: at least a page each
        assertThat(api.metric("luxlogger_database_bytes", "")).isGreaterThanOrEqualTo(3 * 8192);

        server.stop();
        assertThat(database.pollTimes()).hasSize((int) heatPump.completeReads()).doesNotHaveDuplicates();
        assertThat(server.dir().resolve("data/luxlogger.db")).doesNotExist();
        assertThat(database.spilledBytes()).isZero();
    }

    @Test
    void killDashNineLosesNoCommittedPoll() {
        server().start();
        Database database = server.database();
        List<Long> acknowledged = database.awaitPolls(5);
        server.kill();

        List<Long> afterKill = database.pollTimes();
        assertThat(afterKill).containsAll(acknowledged);

        server.start();
        database.awaitPolls(afterKill.size() + 3);
        server.stop();

        List<Long> all = database.pollTimes();
        assertThat(all).containsAll(afterKill).doesNotHaveDuplicates().isSortedAccordingTo(Long::compare);
        // the one poll whose answer the kill cut short may be missing, nothing else
        assertThat((long) all.size()).isBetween(heatPump.completeReads() - 1, heatPump.completeReads());
    }

    @Test
    void anOutageOfPostgresqlLosesNoPollWhichWaitInTheSpillFileAtSpillPath(@TempDir Path dir) {
        Path spill = dir.resolve("spill/polls.spill");
        Api api = server("SPILL_PATH", spill.toString()).start().api();
        Database database = server.database();
        database.awaitPolls(3);

        postgres.stop();
        server.awaitLog("Database not writable, keeping polls in the spill file");
        Await.until(
                "polls kept in the spill file while PostgreSQL is down",
                WAIT,
                () -> api.metric("luxlogger_buffer_polls", "") >= 3);
        assertThat(database.spilledBytes()).isPositive();
        assertThat(spill).exists();
        api.awaitReadiness(503, "not draining");
        assertThat(api.get("health/live").statusCode()).isEqualTo(200);

        postgres.start();
        server.awaitLog("Replayed");
        api.awaitReadiness(200);
        server.stop();

        assertThat(database.pollTimes()).hasSize((int) heatPump.completeReads()).doesNotHaveDuplicates();
    }

    @Test
    void aPasswordFileThatIsNotThereStopsPollingNamingTheVariable() {
        postgres = Postgres.launch();
        String missing = postgres.dir().resolve("no-such-secret").toString();
        server = new LibertyProcess(
                        "luxPostgresBad",
                        Map.of(
                                "HOST",
                                "simulator",
                                "DATABASE_URL",
                                postgres.jdbcUrl(),
                                "DATABASE_USER",
                                Postgres.USER,
                                "DATABASE_PASSWORD_FILE",
                                missing))
                .withoutData();
        server.start();

        server.awaitLog("DATABASE_PASSWORD_FILE='" + missing + "' is invalid: expected a file the logger can read");
        assertThat(server.api().awaitReadiness(503, "DATABASE_PASSWORD_FILE=").body())
                .contains("there is no such file");
        assertThat(server.log()).noneMatch(line -> line.contains("Polling"));
    }
}
