package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import luxlogger.simulator.control.FaultPolicy;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.SimulatorOptions;
import luxlogger.simulator.entity.SimulatorFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misbehaving controller and a database that refuses writes: the service keeps going, and in the end
 * the database holds exactly the polls the controller answered completely.
 */
class OutagesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private HeatPump heatPump;
    private LibertyProcess server;

    /** A server polling the heat pump every second, giving up on a read after 2 s without retry. */
    private LibertyProcess server(String name) {
        server = new LibertyProcess(
                        name, heatPump.serverEnvironment("INTERVAL_SEC", "1", "TIMEOUT_SEC", "2", "RETRIES", "0"))
                .withoutData();
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
    }

    @Test
    void controllerFaultsLeaveGapsExactlyWhereAnswersFailed() {
        heatPump = HeatPump.start(SimulatorOptions.of(Profile.CURRENT)
                .withSlowDelay(Duration.ofSeconds(3))
                .withFaults(FaultPolicy.random(
                        0.4,
                        7,
                        SimulatorFault.DROP,
                        SimulatorFault.WRONG_ECHO,
                        SimulatorFault.BUSY,
                        SimulatorFault.ABSURD_LENGTH,
                        SimulatorFault.REFUSE,
                        SimulatorFault.SPLIT,
                        SimulatorFault.SLOW,
                        SimulatorFault.HANG)));
        Api api = server("luxFaults").start().api();

        api.awaitPolls("ok", 3);
        api.awaitPolls("failed", 1);
        // hanging and slow answers outlast the 1 s interval: the ticks they cover are skipped and counted
        api.awaitPolls("skipped", 1);
        assertThat(api.get("health/live").statusCode()).isEqualTo(200);
        server.stop();

        Database database = server.database();
        List<Long> stored = database.pollTimes();
        assertThat(stored).hasSize((int) heatPump.completeReads());
        assertThat(heatPump.connections()).isGreaterThan(stored.size());
        assertThat(heatPump.writeAttempts()).isZero();
        assertThat(database.integrity()).isEqualTo("ok");
    }

    @Test
    void lockedDatabaseLosesNoPoll() {
        heatPump = HeatPump.start(SimulatorOptions.of(Profile.CURRENT));
        Api api = server("luxLocked").start().api();
        Database database = server.database();
        database.awaitPolls(3);

        try (var lock = database.lockExclusively()) {
            server.awaitLog("Database not writable");
            long spilled = database.spilledBytes();
            Await.until(
                    "polls kept in the spill file while the database is locked",
                    WAIT,
                    () -> database.spilledBytes() > spilled);
            api.awaitReadiness(503, "not draining");
        }
        server.awaitLog("Replayed");
        api.awaitReadiness(200);
        server.stop();

        assertThat(database.pollTimes()).hasSize((int) heatPump.completeReads()).doesNotHaveDuplicates();
        assertThat(database.integrity()).isEqualTo("ok");
    }

    @Test
    void fullDiskLosesNoPoll(@TempDir Path dir) throws Exception {
        Path volume = Files.createDirectories(dir.resolve("volume"));
        Assumptions.assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", volume.toString()) == 0,
                "SKIPPED: a small tmpfs cannot be mounted here (needs root); the locked-database test still covers outages");
        try {
            heatPump = HeatPump.start(SimulatorOptions.of(Profile.CURRENT));
            server = new LibertyProcess(
                            "luxFull",
                            heatPump.serverEnvironment(
                                    "INTERVAL_SEC",
                                    "1",
                                    "TIMEOUT_SEC",
                                    "2",
                                    "RETRIES",
                                    "0",
                                    "CACHE_PATH",
                                    volume.resolve("luxlogger.db").toString(),
                                    "OUTPUT_DIRS",
                                    dir.resolve("reports").toString()))
                    .withoutData();
            Api api = server.start().api();
            Database database = server.database();
            database.awaitPolls(3);

            Path filler = volume.resolve("filler");
            fill(filler);
            server.awaitLog("Database not writable");
            // the spill file is on the full volume too: polls wait in memory, and the service goes on
            api.awaitReadiness(503, "not draining");
            Await.until(
                    "polls kept in memory while the disk is full",
                    WAIT,
                    () -> api.metric("luxlogger_buffer_polls", "") >= 2);
            assertThat(api.get("health/live").statusCode()).isEqualTo(200);

            Files.delete(filler);
            server.awaitLog("Database writable again");
            int recovered = database.pollTimes().size();
            database.awaitPolls(recovered + 2);
            server.stop();

            assertThat(database.pollTimes())
                    .hasSize((int) heatPump.completeReads())
                    .doesNotHaveDuplicates();
            assertThat(database.integrity()).isEqualTo("ok");
        } finally {
            if (server != null) {
                server.close();
            }
            run("umount", "-l", volume.toString());
        }
    }

    /** Writes until the volume has no byte left. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left");
        }
    }

    private static int run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
