package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.entity.SimulatorFault;
import org.junit.jupiter.api.Test;

/** Several simulated heat pumps by controller name, read over loopback TCP with the logger's own connector. */
class SimulatedHeatPumpsTest {

    private static final Simulation CELLAR_ANNEX_ATTIC = new Simulation(
            Profile.CURRENT,
            Map.of("cellar", Profile.BOUNI_V3_78, "annex", Profile.COOLCHIP_V1_80),
            Map.of("annex", SimulatorFault.HANG),
            1);

    private static Snapshot read(int port, Duration timeout) throws Exception {
        return new Connector("127.0.0.1", port, timeout, 0, Duration.ZERO).read();
    }

    @Test
    void eachControllerAnswersWithItsOwnProfileWhileTheFaultyOneHangs() throws Exception {
        try (var pumps = new SimulatedHeatPumps(CELLAR_ANNEX_ATTIC)) {
            int cellar = pumps.start("cellar");
            int annex = pumps.start("annex");
            int attic = pumps.start("attic");
            CompletableFuture<Throwable> hanging =
                    CompletableFuture.supplyAsync(() -> catchThrowable(() -> read(annex, Duration.ofMillis(1500))));
            // the annex's connection is open and unanswered while the others are read
            await(() -> pumps.simulator("annex").orElseThrow().connections(SimulatorFault.HANG) == 1);

            Snapshot bouni = read(cellar, Duration.ofSeconds(5));
            Snapshot current = read(attic, Duration.ofSeconds(5));

            assertThat(Decoder.firmware(bouni)).isEqualTo("V3.78");
            assertThat(bouni.shape()).isEqualTo(Profile.BOUNI_V3_78.snapshot().shape());
            assertThat(bouni.length(Group.CALCULATIONS)).isEqualTo(232);
            assertThat(Decoder.firmware(current)).isEqualTo("V3.92.1");
            assertThat(current.length(Group.CALCULATIONS)).isEqualTo(269);
            assertThat(hanging.get())
                    .isInstanceOf(ControllerException.class)
                    .hasMessageContaining("127.0.0.1:" + annex)
                    .hasMessageContaining("timeout 1500 ms");
            assertThat(pumps.simulator("annex").orElseThrow().completeReads()).isZero();
            assertThat(pumps.simulator("cellar").orElseThrow().completeReads()).isEqualTo(1);
            assertThat(pumps.simulator("attic").orElseThrow().completeReads()).isEqualTo(1);
        }
    }

    @Test
    void twoControllersOfTheSameProfilePlayDifferentHeatPumps() throws Exception {
        try (var pumps = new SimulatedHeatPumps(CELLAR_ANNEX_ATTIC)) {
            Snapshot attic = read(pumps.start("attic"), Duration.ofSeconds(5));
            Snapshot garage = read(pumps.start("garage"), Duration.ofSeconds(5));

            assertThat(attic.shape()).isEqualTo(garage.shape());
            assertThat(attic.differences(garage))
                    .as("values that tell the attic's data from the garage's")
                    .isGreaterThan(5);
        }
    }

    @Test
    void aControllersHeatPumpIsTheSameInEveryRun() {
        Instant start = Instant.parse("2026-01-15T06:00:00Z");
        Instant later = start.plus(Duration.ofHours(3));

        Snapshot attic = new HeatPumpModel(Profile.CURRENT, SimulatedHeatPumps.seed("attic"), start).snapshotAt(later);
        Snapshot again = new HeatPumpModel(Profile.CURRENT, SimulatedHeatPumps.seed("attic"), start).snapshotAt(later);
        Snapshot garage =
                new HeatPumpModel(Profile.CURRENT, SimulatedHeatPumps.seed("garage"), start).snapshotAt(later);

        assertThat(again).isEqualTo(attic);
        assertThat(garage.differences(attic)).isGreaterThan(5);
    }

    @Test
    void startingAControllerAgainKeepsItsSimulator() throws Exception {
        try (var pumps = new SimulatedHeatPumps(CELLAR_ANNEX_ATTIC)) {
            int port = pumps.start("cellar");
            Simulator simulator = pumps.simulator("cellar").orElseThrow();

            assertThat(pumps.start("cellar")).isEqualTo(port);
            assertThat(pumps.simulator("cellar")).containsSame(simulator);
            assertThat(pumps.simulator("annex")).as("never started").isEmpty();
        }
    }

    @Test
    void closeStopsEverySimulator() throws Exception {
        var pumps = new SimulatedHeatPumps(CELLAR_ANNEX_ATTIC);
        List<Integer> ports = List.of(pumps.start("cellar"), pumps.start("attic"));

        pumps.close();

        for (int port : ports) {
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        }
        assertThat(pumps.simulator("cellar")).isEmpty();
        assertThatThrownBy(() -> pumps.start("cellar")).isInstanceOf(IllegalStateException.class);
        pumps.close();
    }

    @Test
    void rejectsANameThatNoControllerMayHave() {
        try (var pumps = new SimulatedHeatPumps(CELLAR_ANNEX_ATTIC)) {
            assertThatThrownBy(() -> pumps.start("Cellar"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'Cellar'");
        }
    }

    @Test
    void logsOneLinePerSimulatorSayingItsDataIsSimulated() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger("luxlogger.simulator");
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    lines.add(getFormatter().formatMessage(record));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        handler.setFormatter(new SimpleFormatter());
        logger.addHandler(handler);
        try (var pumps = new SimulatedHeatPumps(CELLAR_ANNEX_ATTIC)) {
            int cellar = pumps.start("cellar");
            int annex = pumps.start("annex");
            pumps.start("cellar");

            assertThat(lines)
                    .containsExactly(
                            "Controller cellar is a SIMULATED heat pump (profile bouni_v3.78, speed 1) on 127.0.0.1:"
                                    + cellar + "; its data is not real",
                            "Controller annex is a SIMULATED heat pump (profile coolchip_v1.80, speed 1, fault HANG"
                                    + " on every connection) on 127.0.0.1:" + annex + "; its data is not real");
        } finally {
            logger.removeHandler(handler);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
