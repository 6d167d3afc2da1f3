package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application restarted inside the running server, as a redeploy does: the stopping instance releases the
 * spill file, so the new one can keep polls in it while the database is locked, and every poll of both ends in
 * the database once.
 */
class RedeployIT {

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
    void aRedeployedApplicationKeepsPollsInTheSpillFileItsPredecessorReleased() throws IOException {
        heatPump = HeatPump.start(Simulator.Options.of(Profile.CURRENT));
        server = new LibertyProcess(
                        "luxRedeploy",
                        heatPump.serverEnvironment("INTERVAL_SEC", "1", "TIMEOUT_SEC", "2", "RETRIES", "0"))
                .withoutData();
        Database database = server.database();
        server.start();
        database.awaitPolls(3);

        // a new version of the application: Liberty sees the file change and restarts it
        Files.setLastModifiedTime(
                server.dir().resolve("apps/lux-logger.war.xml"),
                FileTime.from(Instant.now().plusSeconds(5)));
        server.awaitLog(line -> line.contains("CWWKZ0003I"), WAIT);
        try (var lock = database.lockExclusively()) {
            Await.until("polls kept in the spill file", WAIT, () -> database.spilledBytes() > 0);
        }
        server.awaitLog("Replayed");
        server.stop();

        assertThat(server.log()).filteredOn(line -> line.contains("in use")).isEmpty();
        assertThat(database.pollTimes()).hasSize((int) heatPump.completeReads()).doesNotHaveDuplicates();
    }
}
