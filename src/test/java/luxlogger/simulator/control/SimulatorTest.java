package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import luxlogger.luxtronik.entity.Group;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    @Test
    void countsWriteAttemptsAndChangesNothing() throws Exception {
        try (Simulator simulator =
                new Simulator(SimulatorOptions.of(Profile.CURRENT).withFrozen(true))) {
            int before = Profile.CURRENT.snapshot().parameters()[3];
            try (RawClient client = new RawClient(simulator.port())) {
                client.send(3002, 3, before + 1); // heating mode: a write a real client could send
                assertThat(client.closedByPeer())
                        .as("no acknowledgement, connection closed")
                        .isTrue();
            }
            assertThat(simulator.writeAttempts()).isEqualTo(1);
            try (RawClient client = new RawClient(simulator.port())) {
                assertThat(client.ints(Group.PARAMETERS)[3]).isEqualTo(before);
            }
            assertThat(simulator.snapshot().parameters())
                    .isEqualTo(Profile.CURRENT.snapshot().parameters());
        }
    }

    @Test
    void closesTheConnectionOnUnknownCommands() throws Exception {
        try (Simulator simulator = new Simulator(SimulatorOptions.of(Profile.CURRENT));
                RawClient client = new RawClient(simulator.port())) {
            client.send(3001, 0);
            assertThat(client.closedByPeer()).isTrue();
            assertThat(simulator.writeAttempts()).isZero();
        }
    }

    @Test
    void countsConnectionsAndCompleteReadsPerConnection() throws Exception {
        try (Simulator simulator = new Simulator(SimulatorOptions.of(Profile.BOUNI_V3_78))) {
            for (int i = 0; i < 3; i++) {
                try (RawClient client = new RawClient(simulator.port())) {
                    client.answer(Group.PARAMETERS);
                    client.answer(Group.CALCULATIONS);
                    if (i < 2) {
                        client.answer(Group.VISIBILITIES);
                    }
                }
            }
            assertThat(simulator.connections()).isEqualTo(3);
            assertThat(simulator.completeReads()).isEqualTo(2);
        }
    }

    @Test
    void closeReleasesThePortQuickly() throws Exception {
        Simulator simulator = new Simulator(SimulatorOptions.of(Profile.CURRENT));
        int port = simulator.port();
        RawClient idle = new RawClient(port);
        idle.answer(Group.PARAMETERS);
        long started = System.nanoTime();
        simulator.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(idle.closedByPeer()).isTrue();
        idle.close();
        assertThatThrownBy(() -> new RawClient(port)).isInstanceOf(ConnectException.class);
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void delaysEveryAnswerByTheResponseDelay() throws Exception {
        var options = SimulatorOptions.of(Profile.CURRENT).withResponseDelay(Duration.ofMillis(150));
        try (Simulator simulator = new Simulator(options);
                RawClient client = new RawClient(simulator.port())) {
            long started = System.nanoTime();
            client.answer(Group.VISIBILITIES);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void runsADayOfHeatPumpInAboutASecondAtSpeed() throws Exception {
        Instant start = Instant.parse("2025-01-15T00:00:00Z");
        var options = SimulatorOptions.of(Profile.CURRENT)
                .withSpeed(86_400)
                .withStart(start)
                .withSeed(7);
        try (Simulator simulator = new Simulator(options);
                RawClient client = new RawClient(simulator.port())) {
            int[] first = client.ints(Group.CALCULATIONS);
            int[] last = first;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int reads = 1;
            while (last[134] < start.getEpochSecond() + 86_400 && System.nanoTime() < deadline) {
                last = client.ints(Group.CALCULATIONS);
                reads++;
            }
            System.out.printf(
                    "at speed 86400: %d reads, model clock %s, compressor starts %d -> %d%n",
                    reads, Instant.ofEpochSecond(last[134]), first[57], last[57]);
            assertThat(last[134]).as("model clock").isGreaterThanOrEqualTo((int) start.getEpochSecond() + 86_400);
            assertThat(last[57]).as("compressor starts").isGreaterThan(first[57]);
            assertThat(last[56]).as("compressor seconds").isGreaterThan(first[56] + 3600);
            assertThat(simulator.modelTime()).isAfter(start.plus(Duration.ofDays(1)));
        }
    }
}
