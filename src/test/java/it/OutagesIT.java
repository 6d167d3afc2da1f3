package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import luxlogger.simulator.control.FaultPolicy;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
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

    private Simulator simulator;
    private LibertyProcess server;

    private LibertyProcess server(String name) {
        server = new LibertyProcess(name, Map.of("HOST", "127.0.0.1", "PORT", String.valueOf(simulator.port()),
                "INTERVAL_SEC", "1", "TIMEOUT_SEC", "2", "RETRIES", "0")).withoutData();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void controllerFaultsLeaveGapsExactlyWhereAnswersFailed() throws Exception {
        simulator = new Simulator(Simulator.Options.of(Profile.CURRENT).withSlowDelay(Duration.ofSeconds(3))
                .withFaults(FaultPolicy.random(0.4, 7, SimulatorFault.DROP, SimulatorFault.WRONG_ECHO, SimulatorFault.BUSY,
                        SimulatorFault.ABSURD_LENGTH, SimulatorFault.REFUSE, SimulatorFault.SPLIT, SimulatorFault.SLOW,
                        SimulatorFault.HANG)));
        server("luxFaults").start();
        Thread.sleep(20_000);
        assertThat(server.get("health/live").statusCode()).isEqualTo(200);
        String metrics = server.get("metrics?scope=application").body();
        assertThat(metrics).containsPattern("luxlogger_polls_total\\{[^}]*outcome=\"failed\"[^}]*} [1-9]");
        // hanging and slow answers outlast the 1 s interval: the ticks they cover are skipped and counted
        assertThat(metrics).containsPattern("luxlogger_polls_total\\{[^}]*outcome=\"skipped\"[^}]*} [1-9]");
        server.stop();

        List<Long> stored = Database.pollTimes(Database.of(server));
        assertThat(stored).hasSize((int) simulator.completeReads());
        assertThat(simulator.connections()).isGreaterThan(stored.size());
        assertThat(simulator.writeAttempts()).isZero();
        assertThat(Database.integrity(Database.of(server))).isEqualTo("ok");
    }

    @Test
    void lockedDatabaseLosesNoPoll() throws Exception {
        simulator = new Simulator(Simulator.Options.of(Profile.CURRENT));
        server("luxLocked").start();
        Database.awaitPolls(server, 3);
        try (var lock = Database.open(Database.of(server))) {
            lock.createStatement().execute("BEGIN EXCLUSIVE");
            awaitLog("Database not writable");
            long spilledBefore = Files.size(server.dir().resolve("data/luxlogger.db.spill"));
            Thread.sleep(4_000);
            var ready = server.get("health/ready");
            assertThat(ready.body()).contains("not draining");
            assertThat(Files.size(server.dir().resolve("data/luxlogger.db.spill"))).isGreaterThan(spilledBefore);
            lock.createStatement().execute("ROLLBACK");
        }
        awaitLog("Replayed");
        Thread.sleep(2_000);
        assertThat(server.get("health/ready").statusCode()).isEqualTo(200);
        server.stop();

        List<Long> stored = Database.pollTimes(Database.of(server));
        assertThat(stored).hasSize((int) simulator.completeReads()).doesNotHaveDuplicates();
        assertThat(Database.integrity(Database.of(server))).isEqualTo("ok");
    }

    @Test
    void fullDiskLosesNoPoll(@TempDir Path dir) throws Exception {
        Path volume = Files.createDirectories(dir.resolve("volume"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", volume.toString()) == 0,
                "SKIPPED: a small tmpfs cannot be mounted here (needs root); the locked-database test still covers outages");
        try {
            simulator = new Simulator(Simulator.Options.of(Profile.CURRENT));
            server = new LibertyProcess("luxFull", Map.of("HOST", "127.0.0.1", "PORT", String.valueOf(simulator.port()),
                    "INTERVAL_SEC", "1", "TIMEOUT_SEC", "2", "RETRIES", "0",
                    "CACHE_PATH", volume.resolve("luxlogger.db").toString(),
                    "OUTPUT_DIRS", dir.resolve("reports").toString())).withoutData();
            server.start();
            Database.awaitPolls(volume.resolve("luxlogger.db"), 3);
            Path filler = volume.resolve("filler");
            fill(filler);
            awaitLog("Database not writable");
            Thread.sleep(3_000);
            assertThat(server.get("health/live").statusCode()).isEqualTo(200);
            Files.delete(filler);
            awaitLog("Database writable again");
            Thread.sleep(2_000);
            server.stop();

            List<Long> stored = Database.pollTimes(volume.resolve("luxlogger.db"));
            assertThat(stored).hasSize((int) simulator.completeReads()).doesNotHaveDuplicates();
            assertThat(Database.integrity(volume.resolve("luxlogger.db"))).isEqualTo("ok");
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

    private void awaitLog(String text) {
        server.awaitLog(line -> line.contains(text), Duration.ofSeconds(30));
    }
}
