package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.entity.SimulatorFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The luxtronik connector against the real simulator on 127.0.0.1: what a logger meets in the field, in seconds.
 * It lives with the simulator because luxtronik, test code included, never depends on the simulator.
 */
class ConnectorTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final Duration BACKOFF = Duration.ofMillis(50);
    /** Room for scheduling and socket set-up on a loaded two-core machine; far below a timeout that was missed. */
    private static final Duration MARGIN = Duration.ofMillis(700);

    /** Frozen, so that the connector's result can be compared with the simulator's own values. */
    private static Simulator simulator(Profile profile, FaultPolicy faults) throws Exception {
        return new Simulator(SimulatorOptions.of(profile)
                .withFrozen(true)
                .withFaults(faults)
                .withSlowDelay(TIMEOUT.multipliedBy(3)));
    }

    private static Simulator simulator(FaultPolicy faults) throws Exception {
        return simulator(Profile.CURRENT, faults);
    }

    private static Connector connector(Simulator simulator, int retries) {
        return new Connector("127.0.0.1", simulator.port(), TIMEOUT, retries, BACKOFF);
    }

    private static void assertSameValues(Snapshot actual, Snapshot expected) {
        assertThat(actual.parameters()).as("parameters").isEqualTo(expected.parameters());
        assertThat(actual.calculations()).as("calculations").isEqualTo(expected.calculations());
        assertThat(actual.visibilities()).as("visibilities").isEqualTo(expected.visibilities());
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void returnsTheProfilesArraysExactly(Profile profile) throws Exception {
        try (Simulator simulator = simulator(profile, FaultPolicy.none())) {
            Snapshot snapshot = connector(simulator, 0).read();

            assertSameValues(snapshot, profile.snapshot());
            for (Group group : Group.values()) {
                assertThat(snapshot.length(group))
                        .as(group.key())
                        .isEqualTo(profile.snapshot().length(group));
            }
            assertThat(simulator.connections()).isEqualTo(1);
            assertThat(simulator.completeReads()).isEqualTo(1);
        }
    }

    @Test
    void readsTheCurrentFirmwaresLengths() throws Exception {
        try (Simulator simulator = simulator(FaultPolicy.none())) {
            Snapshot snapshot = connector(simulator, 0).read();

            assertThat(snapshot.parameters()).hasSize(1160);
            assertThat(snapshot.calculations()).hasSize(269);
            assertThat(snapshot.visibilities()).hasSize(380);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SLOW          | read timed out in parameters after 0 of 4 bytes (timeout 500 ms)",
                "HANG          | read timed out in parameters after 0 of 4 bytes (timeout 500 ms)",
                "DROP          | connection closed by the controller in parameters after",
                "WRONG_ECHO    | wrong echo for parameters (3003): got 3004",
                "BUSY          | controller busy (3004 status 1)",
                "ABSURD_LENGTH | absurd length for parameters: 1073741824",
            })
    void failsWithinTheTimeoutNamingTheAddressAndTheCause(SimulatorFault fault, String cause) throws Exception {
        try (Simulator simulator = simulator(FaultPolicy.always(fault))) {
            long start = System.nanoTime();
            ControllerException e = catchThrowableOfType(
                    ControllerException.class, () -> connector(simulator, 1).read());
            Duration took = since(start);

            assertThat(e)
                    .hasMessageStartingWith(
                            "127.0.0.1:" + simulator.port() + ": no complete answer after " + "2 attempts, last: ")
                    .hasMessageContaining(cause);
            assertThat(e.busy()).isEqualTo(fault == SimulatorFault.BUSY);
            // two attempts of at most the timeout each, one backoff (five of them when busy, plus jitter)
            assertThat(took)
                    .isLessThan(TIMEOUT.multipliedBy(2)
                            .plus(BACKOFF.multipliedBy(7))
                            .plus(MARGIN));
            assertThat(simulator.connections(fault))
                    .as("one fresh connection per attempt")
                    .isEqualTo(2);
            assertThat(simulator.completeReads()).isZero();
        }
    }

    @Test
    void refusedConnectionFailsAtOnceNamingTheAddress() throws Exception {
        try (Simulator simulator = simulator(FaultPolicy.always(SimulatorFault.REFUSE))) {
            long start = System.nanoTime();
            ControllerException e = catchThrowableOfType(
                    ControllerException.class, () -> connector(simulator, 1).read());

            // the simulator closes before reading the request: the client sees a reset or an end of stream
            assertThat(e)
                    .hasMessageStartingWith(
                            "127.0.0.1:" + simulator.port() + ": no complete answer after " + "2 attempts, last: ")
                    .hasMessageMatching("(?is).*(connection reset|connection closed|broken pipe).*");
            assertThat(since(start)).isLessThan(TIMEOUT);
            assertThat(simulator.connections(SimulatorFault.REFUSE)).isEqualTo(2);
        }
    }

    @Test
    void closedPortFailsAtOnceNamingTheAddress() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        ControllerException e = catchThrowableOfType(
                ControllerException.class, () -> new Connector("127.0.0.1", port, TIMEOUT, 1, BACKOFF).read());

        assertThat(e)
                .hasMessage("127.0.0.1:" + port + ": no complete answer after 2 attempts, last: "
                        + "connection refused or unreachable (Connection refused)");
        assertThat(e.busy()).isFalse();
        assertThat(since(start)).isLessThan(TIMEOUT);
    }

    @Test
    void answersInTinyPiecesStillGiveTheWholeSnapshot() throws Exception {
        try (Simulator simulator = simulator(FaultPolicy.always(SimulatorFault.SPLIT))) {
            Snapshot snapshot = new Connector("127.0.0.1", simulator.port(), Duration.ofSeconds(10), 0, BACKOFF).read();

            assertSameValues(snapshot, simulator.snapshot());
            assertThat(simulator.connections(SimulatorFault.SPLIT)).isEqualTo(1);
            assertThat(simulator.completeReads()).isEqualTo(1);
        }
    }

    @Test
    void succeedsAfterTransientFaults() throws Exception {
        try (Simulator simulator = simulator(FaultPolicy.next(2, SimulatorFault.DROP))) {
            Snapshot snapshot = connector(simulator, 3).read();

            assertSameValues(snapshot, simulator.snapshot());
            assertThat(simulator.connections()).isEqualTo(3);
            assertThat(simulator.connections(SimulatorFault.DROP)).isEqualTo(2);
            assertThat(simulator.completeReads()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void connectsOnceMorePerRetryThenGivesUp(int retries) throws Exception {
        try (Simulator simulator = simulator(FaultPolicy.always(SimulatorFault.DROP))) {
            ControllerException e = catchThrowableOfType(
                    ControllerException.class,
                    () -> connector(simulator, retries).read());

            assertThat(e).hasMessageContaining("after " + (retries + 1) + " attempt");
            assertThat(simulator.connections()).isEqualTo(retries + 1);
        }
    }

    @Test
    void waitsLongerWhenBusyAndThenReads() throws Exception {
        Duration backoff = Duration.ofMillis(100);
        try (Simulator simulator = simulator(FaultPolicy.next(1, SimulatorFault.BUSY))) {
            long start = System.nanoTime();
            Snapshot snapshot = new Connector("127.0.0.1", simulator.port(), TIMEOUT, 2, backoff).read();
            Duration took = since(start);

            assertSameValues(snapshot, simulator.snapshot());
            assertThat(simulator.connections()).isEqualTo(2);
            assertThat(simulator.connections(SimulatorFault.BUSY)).isEqualTo(1);
            // a busy controller gets five backoffs (less 25 % jitter), not the one an ordinary failure gets
            assertThat(took).isGreaterThanOrEqualTo(backoff.multipliedBy(5 * 3).dividedBy(4));
        }
    }

    @Test
    void neverOpensTwoConnectionsAtOnceEvenFromSeveralConnectors() throws Exception {
        // the delay keeps each connection open long enough that overlapping ones could not go unnoticed
        try (Simulator simulator = new Simulator(
                SimulatorOptions.of(Profile.CURRENT).withFrozen(true).withResponseDelay(Duration.ofMillis(15)))) {
            List<Connector> connectors = List.of(connector(simulator, 0), connector(simulator, 0));
            int threads = 4;
            int readsEach = 3;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Connector connector = connectors.get(t % 2);
                    Callable<Integer> reader = () -> {
                        go.await();
                        int read = 0;
                        for (int i = 0; i < readsEach; i++) {
                            read += connector.read().parameters().length > 0 ? 1 : 0;
                        }
                        return read;
                    };
                    results.add(pool.submit(reader));
                }
                go.countDown();
                int reads = 0;
                for (Future<Integer> result : results) {
                    reads += result.get(10, TimeUnit.SECONDS);
                }

                assertThat(reads).isEqualTo(threads * readsEach);
            } finally {
                pool.shutdownNow();
            }
            assertThat(simulator.connections()).isEqualTo(threads * readsEach);
            assertThat(simulator.completeReads()).isEqualTo(threads * readsEach);
            assertThat(simulator.maxConcurrentConnections()).isEqualTo(1);
        }
    }

    /** Without this the assertion above could pass because the simulator never counts more than one. */
    @Test
    void simulatorSeesTwoClientsTalkingAtOnce() throws Exception {
        try (Simulator simulator = simulator(FaultPolicy.none());
                RawClient first = new RawClient(simulator.port());
                RawClient second = new RawClient(simulator.port())) {
            first.answer(Group.VISIBILITIES);
            second.answer(Group.VISIBILITIES);

            assertThat(simulator.maxConcurrentConnections()).isEqualTo(2);
        }
    }

    /** That a write would be seen is SimulatorTest's countsWriteAttemptsAndChangesNothing. */
    @Test
    void neverWritesWhateverTheControllerDoes() throws Exception {
        FaultPolicy faults = FaultPolicy.random(
                0.5,
                7,
                SimulatorFault.DROP,
                SimulatorFault.WRONG_ECHO,
                SimulatorFault.BUSY,
                SimulatorFault.ABSURD_LENGTH,
                SimulatorFault.REFUSE);
        try (Simulator simulator = simulator(faults)) {
            Connector connector = connector(simulator, 3);
            int reads = 0;
            for (int i = 0; i < 20; i++) {
                try {
                    connector.read();
                    reads++;
                } catch (ControllerException e) {
                    // four faults in a row happen; the point here is what reached the controller
                }
            }

            assertThat(simulator.connections())
                    .as("faulty connections")
                    .isGreaterThan(simulator.connections(SimulatorFault.NONE));
            assertThat(simulator.completeReads()).isEqualTo(reads);
            assertThat(simulator.writeAttempts()).isZero();
        }
    }

    @Test
    void theLongestReadIsEveryAttemptTimingOutWithTheLongestWaitsBetween() {
        // 3 attempts of (60 s + 5 s to connect), 2 waits of at most 30 s
        assertThat(new Connector("127.0.0.1", 8889, Duration.ofSeconds(60), 2, BACKOFF).longestRead())
                .isEqualTo(Duration.ofSeconds(255));
    }
}
