package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.SimulatorOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every acknowledged poll survives a kill -9 and a restart; the database stays intact. */
class DurabilityIT {

    static HeatPump heatPump;
    static LibertyProcess server;
    static Database database;

    @BeforeAll
    static void start() {
        heatPump = HeatPump.start(SimulatorOptions.of(Profile.CURRENT).withSpeed(60));
        server = new LibertyProcess(
                        "luxDurable",
                        heatPump.serverEnvironment("INTERVAL_SEC", "1", "TIMEOUT_SEC", "3", "RETRIES", "0"))
                .withoutData();
        database = server.database();
    }

    @AfterAll
    static void stop() {
        server.close();
        heatPump.close();
    }

    @Test
    void killDashNineLosesNoCommittedPollAndRestartKeepsThemAll() {
        server.start();
        List<Long> acknowledged = database.awaitPolls(5);
        server.kill();

        assertThat(database.integrity()).isEqualTo("ok");
        List<Long> afterKill = database.pollTimes();
        assertThat(afterKill).containsAll(acknowledged);

        server.start();
        database.awaitPolls(afterKill.size() + 3);
        assertThat(database.pollTimes()).containsAll(afterKill).doesNotHaveDuplicates();

        server.stop();
        assertThat(database.integrity()).isEqualTo("ok");
        List<Long> all = database.pollTimes();
        assertThat(all).isSortedAccordingTo(Long::compare);
        // the one poll whose answer the kill cut short may be missing, nothing else
        assertThat((long) all.size()).isBetween(heatPump.completeReads() - 1, heatPump.completeReads());
    }
}
