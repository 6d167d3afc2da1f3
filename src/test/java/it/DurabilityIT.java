package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every acknowledged poll survives a kill -9 and a restart; the database stays intact. */
class DurabilityIT {

    static Simulator simulator;
    static LibertyProcess server;

    @BeforeAll
    static void start() throws Exception {
        simulator = new Simulator(Simulator.Options.of(Profile.CURRENT).withSpeed(60));
        server = new LibertyProcess("luxDurable", Map.of("HOST", "127.0.0.1", "PORT", String.valueOf(simulator.port()),
                "INTERVAL_SEC", "1", "TIMEOUT_SEC", "3", "RETRIES", "0")).withoutData();
    }

    @AfterAll
    static void stop() {
        server.close();
        simulator.close();
    }

    @Test
    void killDashNineLosesNoCommittedPollAndRestartKeepsThemAll() throws Exception {
        server.start();
        Database.awaitPolls(server, 5);
        List<Long> acknowledged = Database.pollTimes(Database.of(server));
        server.kill();

        assertThat(Database.integrity(Database.of(server))).isEqualTo("ok");
        List<Long> afterKill = Database.pollTimes(Database.of(server));
        assertThat(afterKill).containsAll(acknowledged);

        server.start();
        Database.awaitPolls(server, afterKill.size() + 3);
        assertThat(Database.pollTimes(Database.of(server))).containsAll(afterKill).doesNotHaveDuplicates();

        server.stop();
        assertThat(Database.integrity(Database.of(server))).isEqualTo("ok");
        List<Long> all = Database.pollTimes(Database.of(server));
        assertThat(all).isSortedAccordingTo(Long::compare);
        // the one poll whose answer the kill cut short may be missing, nothing else
        assertThat((long) all.size()).isBetween(simulator.completeReads() - 1, simulator.completeReads());
    }
}
