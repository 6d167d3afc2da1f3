package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database cannot be opened when the server starts (another process holds it locked, as a backup tool or
 * a user's sqlite3 session may): polls are read and kept all the same, the problem is logged once, and once
 * the lock is released every poll ends in the database, none twice.
 */
class StartupOutageIT {

    private Simulator simulator;
    private LibertyProcess server;

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
    void pollsReadWhileTheDatabaseCannotBeOpenedAtStartAreStoredOnceItOpens() throws Exception {
        simulator = new Simulator(Simulator.Options.of(Profile.CURRENT));
        server = new LibertyProcess("luxStartLocked", Map.of("HOST", "127.0.0.1", "PORT", String.valueOf(simulator.port()),
                "INTERVAL_SEC", "1", "TIMEOUT_SEC", "2", "RETRIES", "0")).withoutData();
        Path database = Database.of(server);
        Files.createDirectories(database.getParent());
        try (var lock = Database.open(database)) {
            lock.createStatement().execute("BEGIN EXCLUSIVE");
            server.start();

            awaitMetric("luxlogger_polls_total", "outcome=\"ok\"", 5);
            awaitMetric("luxlogger_buffer_polls", "", 5);
            server.awaitLog(line -> line.contains("Database not writable"), Duration.ofSeconds(30));
            assertThat(Files.size(Path.of(database + ".spill"))).isPositive();
            lock.createStatement().execute("ROLLBACK");
        }
        Database.awaitPolls(server, 10);
        server.awaitLog(line -> line.contains("Replayed"), Duration.ofSeconds(30));
        server.stop();

        List<Long> stored = Database.pollTimes(database);
        assertThat(stored).hasSize((int) simulator.completeReads()).doesNotHaveDuplicates();
        assertThat(Database.integrity(database)).isEqualTo("ok");
        List<String> log = log();
        assertThat(log).filteredOn(line -> line.contains("Database not writable")).hasSize(1);
        assertThat(log).filteredOn(line -> line.contains("Polling failed unexpectedly")).isEmpty();
        assertThat(log).filteredOn(line -> line.startsWith("\tat ")).as("stack traces").isEmpty();
    }

    /** Waits until the server's metric (the line that contains the label) reaches at least the value. */
    private void awaitMetric(String name, String label, double atLeast) throws InterruptedException {
        var line = Pattern.compile("^" + name + "(\\{[^}]*})? ([0-9.eE+]+)$", Pattern.MULTILINE);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        double value = -1;
        while (System.nanoTime() < deadline) {
            var matcher = line.matcher(server.get("metrics?scope=application").body());
            while (matcher.find()) {
                if (matcher.group(1) == null || matcher.group(1).contains(label)) {
                    value = Double.parseDouble(matcher.group(2));
                }
            }
            if (value >= atLeast) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " " + label + " stayed at " + value + ", below " + atLeast + "; log:\n"
                + String.join("\n", log().subList(Math.max(0, log().size() - 40), log().size())));
    }

    private List<String> log() {
        try (Stream<String> lines = Files.lines(server.messages())) {
            return lines.toList();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + server.messages(), e);
        }
    }
}
