package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.SimulatorOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database cannot be opened when the server starts (another program holds it locked, as a backup or a
 * user's sqlite3 session may): polls are read and kept all the same, the problem is logged once, and once the
 * lock is released every poll ends in the database, none twice.
 */
class StartupOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private HeatPump heatPump;
    private LibertyProcess server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (heatPump != null) {
            heatPump.close();
        }
    }

    @Test
    void pollsReadWhileTheDatabaseCannotBeOpenedAtStartAreStoredOnceItOpens() {
        heatPump = HeatPump.start(SimulatorOptions.of(Profile.CURRENT));
        server = new LibertyProcess(
                        "luxStartLocked",
                        heatPump.serverEnvironment("INTERVAL_SEC", "1", "TIMEOUT_SEC", "2", "RETRIES", "0"))
                .withoutData();
        Database database = server.database();

        try (var lock = database.lockExclusively()) {
            Api api = server.start().api();
            api.awaitPolls("ok", 5);
            Await.until(
                    "polls buffered while the database is locked",
                    WAIT,
                    () -> api.metric("luxlogger_buffer_polls", "") >= 5);
            server.awaitLog("Database not writable");
            Await.until("polls kept in the spill file", WAIT, () -> database.spilledBytes() > 0);
        }
        server.awaitLog("Replayed");
        database.awaitPolls(10);
        server.stop();

        assertThat(database.pollTimes()).hasSize((int) heatPump.completeReads()).doesNotHaveDuplicates();
        assertThat(database.integrity()).isEqualTo("ok");
        assertThat(server.log())
                .filteredOn(line -> line.contains("Database not writable"))
                .hasSize(1);
        assertThat(server.log())
                .filteredOn(line -> line.contains("Polling failed unexpectedly"))
                .isEmpty();
        assertThat(server.log())
                .filteredOn(line -> line.startsWith("\tat "))
                .as("stack traces")
                .isEmpty();
    }
}
