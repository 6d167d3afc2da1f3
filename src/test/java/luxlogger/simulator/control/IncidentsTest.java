package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.entity.SimulatorFault;
import org.junit.jupiter.api.Test;

/**
 * What a test makes happen to a simulated controller shows in the raw values a logger reads over the real protocol:
 * the error file, the switch-off ring and its parameter copy, settings, defrosts, restarts and firmware.
 */
class IncidentsTest {

    /** 07:00 local on a winter morning, hours before the utility's first lock. */
    private static final Instant MORNING = Instant.parse("2025-01-14T06:00:00Z");
    /** 14:00 local in summer: too warm for the evaporator to ice, so every defrost is one a test asked for. */
    private static final Instant SUMMER = Instant.parse("2025-07-11T12:00:00Z");

    private static final int P_SWITCH_OFF_INDEX = 31;
    private static final int C_ERROR_TIME = 95;
    private static final int C_ERROR_CODE = 100;
    private static final int C_ERROR_COUNT = 105;
    private static final int C_SWITCH_OFF_CODE = 106;
    private static final int C_SWITCH_OFF_TIME = 111;
    private static final int C_STATUS_LINE_1 = 117;
    private static final int C_STATUS_LINE_3 = 119;
    private static final int C_STANDSTILL = 73;
    private static final int C_OPERATING_MODE = 80;
    private static final int C_CLOCK = 134;
    private static final int P_LAST_DEFROST = 1119;

    private static Simulator simulator(Profile profile, double speed) throws Exception {
        return simulator(profile, speed, MORNING);
    }

    private static Simulator simulator(Profile profile, double speed, Instant start) throws Exception {
        return new Simulator(
                SimulatorOptions.of(profile).withStart(start).withSpeed(speed).withSeed(5));
    }

    private static Connector connector(Simulator simulator) {
        return new Connector("127.0.0.1", simulator.port(), Duration.ofMillis(500), 0, Duration.ZERO);
    }

    /** Reads until a snapshot matches, for at most 20 seconds. */
    private static Snapshot await(Connector connector, Predicate<Snapshot> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                Snapshot s = connector.read();
                if (condition.test(s)) {
                    return s;
                }
            } catch (ControllerException e) {
                // not back yet
            }
            assertThat(System.nanoTime()).as("condition met within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void anErrorEntersTheErrorFileNewestFirstAfterASwitchOffOneSecondEarlier() throws Exception {
        try (Simulator simulator = simulator(Profile.CURRENT, 1)) {
            Connector connector = connector(simulator);
            Snapshot before = connector.read();
            simulator.error(718);
            Snapshot after = connector.read();

            int[] c = after.calculations();
            int[] was = before.calculations();
            int time = c[C_ERROR_TIME];
            assertThat(time).isBetween(was[C_CLOCK], c[C_CLOCK]);
            assertThat(c[C_ERROR_CODE]).isEqualTo(718);
            for (int i = 1; i < 5; i++) {
                assertThat(c[C_ERROR_TIME + i]).as("time %d shifted", i).isEqualTo(was[C_ERROR_TIME + i - 1]);
                assertThat(c[C_ERROR_CODE + i]).as("code %d shifted", i).isEqualTo(was[C_ERROR_CODE + i - 1]);
            }
            assertThat(c[C_ERROR_COUNT]).as("count saturates").isEqualTo(5);
            int slot = before.parameters()[P_SWITCH_OFF_INDEX];
            assertThat(c[C_SWITCH_OFF_CODE + slot])
                    .as("switch-off code 1 'heatpump error'")
                    .isEqualTo(1);
            assertThat(c[C_SWITCH_OFF_TIME + slot]).isEqualTo(time - 1);
            assertThat(after.parameters()[716 + slot])
                    .as("parameter copy of the code")
                    .isEqualTo(1);
            assertThat(after.parameters()[721 + slot])
                    .as("parameter copy of the time")
                    .isEqualTo(time - 1);
            assertThat(after.parameters()[P_SWITCH_OFF_INDEX]).isEqualTo((slot + 1) % 5);
            assertThat(c[C_STATUS_LINE_1]).as("errorcode slot 0").isEqualTo(3);

            simulator.parameter(11, 510);
            assertThat(connector.read().calculations()[C_STATUS_LINE_1])
                    .as("shown until the next incident")
                    .isNotEqualTo(3);
        }
    }

    @Test
    void theErrorCountGrowsToFiveAndStaysThere() {
        Snapshot base = Profile.CURRENT.snapshot();
        for (int i = C_ERROR_TIME; i <= C_ERROR_COUNT; i++) {
            base.calculations()[i] = 0;
        }
        long time = MORNING.getEpochSecond();
        Incidents incidents = new Incidents(base, new Plant(base, true, 1, time));
        for (int n = 1; n <= 6; n++) {
            incidents.error(700 + n, time + 60L * n);
            assertThat(base.calculations()[C_ERROR_COUNT])
                    .as("count after %d errors", n)
                    .isEqualTo(Math.min(5, n));
        }
        assertThat(base.calculations()).as("codes newest first").containsSequence(706, 705, 704, 703, 702);
        assertThat(base.calculations()[C_ERROR_TIME]).isEqualTo(time + 360);
    }

    @Test
    void sixSwitchOffsWrapTheRingAndItsParameterCopy() throws Exception {
        try (Simulator simulator = simulator(Profile.CURRENT, 1)) {
            Connector connector = connector(simulator);
            int first = connector.read().parameters()[P_SWITCH_OFF_INDEX];
            for (int code = 10; code < 16; code++) {
                simulator.switchOff(code);
            }
            Snapshot after = connector.read();

            for (int n = 1; n < 6; n++) {
                int slot = (first + n) % 5;
                assertThat(after.calculations()[C_SWITCH_OFF_CODE + slot])
                        .as("slot %d", slot)
                        .isEqualTo(10 + n);
                assertThat(after.parameters()[716 + slot]).as("P%d", 716 + slot).isEqualTo(10 + n);
                assertThat(after.parameters()[721 + slot])
                        .isEqualTo(after.calculations()[C_SWITCH_OFF_TIME + slot])
                        .isPositive();
            }
            assertThat(after.parameters()[P_SWITCH_OFF_INDEX]).isEqualTo((first + 6) % 5);
        }
    }

    @Test
    void aChangedParameterStaysChanged() throws Exception {
        try (Simulator simulator = simulator(Profile.CURRENT, 600)) {
            Connector connector = connector(simulator);
            Snapshot before = connector.read();
            assertThat(before.parameters()[11])
                    .as("heating curve end point, 50.0 °C")
                    .isEqualTo(500);
            simulator.parameter(11, 520);
            Snapshot after = connector.read();
            Snapshot later = await(connector, s -> s.calculations()[C_CLOCK] > after.calculations()[C_CLOCK] + 600);

            assertThat(after.parameters()[11]).isEqualTo(520);
            assertThat(later.parameters()[11]).isEqualTo(520);
            assertThat(later.parameters()[1]).isEqualTo(before.parameters()[1]);
            assertThatThrownBy(() -> simulator.parameter(1160, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0..1159");
        }
    }

    @Test
    void aDefrostStartsAtTheNextStepAndStampsItsEndInP1119() throws Exception {
        // a minute per second: the defrost lasts 4-8 s
        try (Simulator simulator = simulator(Profile.CURRENT, 60, SUMMER)) {
            Connector connector = connector(simulator);
            Snapshot before = connector.read();
            simulator.defrost();
            long asked = simulator.modelTime().getEpochSecond();
            Snapshot defrosting = await(connector, s -> s.calculations()[C_OPERATING_MODE] == 4);
            Snapshot after = await(connector, s -> s.calculations()[C_OPERATING_MODE] != 4);

            assertThat(defrosting.calculations()[C_CLOCK] - asked)
                    .as("model seconds to the first poll in defrost")
                    .isLessThan(60);
            assertThat(defrosting.calculations()[C_STATUS_LINE_3])
                    .as("status: defrost")
                    .isEqualTo(7);
            assertThat(defrosting.calculations()[37]).as("defrost valve").isEqualTo(1);
            assertThat(after.parameters()[P_LAST_DEFROST])
                    .as("end of the defrost")
                    .isGreaterThan(defrosting.calculations()[C_CLOCK])
                    .isLessThanOrEqualTo(after.calculations()[C_CLOCK])
                    .isGreaterThan(before.parameters()[P_LAST_DEFROST]);
        }
    }

    @Test
    void anIdleCompressorStartsForTheDefrostAndStopsAfterIt() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 5, MORNING);
        Instant idle = MORNING;
        while (model.snapshotAt(idle).calculations()[44] != 0) {
            idle = idle.plusSeconds(60);
        }
        Snapshot before = model.snapshotAt(idle);
        model.defrost(idle);
        Snapshot defrosting = model.snapshotAt(idle.plusSeconds(10));
        Snapshot after = model.snapshotAt(idle.plusSeconds(600));

        assertThat(defrosting.calculations()[C_OPERATING_MODE]).isEqualTo(4);
        assertThat(defrosting.calculations()[57]).as("a start").isEqualTo(before.calculations()[57] + 1);
        int end = after.parameters()[P_LAST_DEFROST];
        assertThat(end).isBetween((int) idle.getEpochSecond() + 240, (int) idle.getEpochSecond() + 500);
        assertThat(after.calculations()[44]).as("compressor off again").isZero();
        int newest = (after.parameters()[P_SWITCH_OFF_INDEX] + 4) % 5;
        assertThat(after.calculations()[C_SWITCH_OFF_CODE + newest])
                .as("no request")
                .isEqualTo(9);
        assertThat(after.calculations()[C_SWITCH_OFF_TIME + newest]).isEqualTo(end);
    }

    @Test
    void aBrineWaterUnitRefusesToDefrost() throws Exception {
        try (Simulator simulator = simulator(Profile.BOUNI_V3_78, 1)) {
            assertThatThrownBy(simulator::defrost).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aRestartRefusesConnectionsThenAnswersInTheSwitchOnDelay() throws Exception {
        try (Simulator simulator = simulator(Profile.CURRENT, 60)) {
            Connector connector = connector(simulator);
            Snapshot before = connector.read();
            simulator.restart(Duration.ofSeconds(1));
            assertThatThrownBy(connector::read).isInstanceOf(ControllerException.class);
            Snapshot back = await(connector, s -> true);
            Snapshot on = await(connector, s -> s.calculations()[C_STATUS_LINE_3] != 2);

            int[] c = back.calculations();
            assertThat(simulator.connections(SimulatorFault.REFUSE)).isPositive();
            assertThat(c[C_CLOCK] - before.calculations()[C_CLOCK])
                    .as("model seconds offline")
                    .isGreaterThanOrEqualTo(60);
            assertThat(c[C_STATUS_LINE_3]).as("grid switch on delay").isEqualTo(2);
            assertThat(c[C_STANDSTILL]).as("standstill counted from the boot").isBetween(0, 120);
            assertThat(c[44]).as("compressor held off").isZero();
            assertThat(on.calculations()[C_CLOCK] - c[C_CLOCK] + c[C_STANDSTILL])
                    .as("delay, model seconds")
                    .isGreaterThanOrEqualTo(120);
            assertThatThrownBy(() -> simulator.restart(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void newFirmwareShowsInTheVersionString() throws Exception {
        try (Simulator simulator = simulator(Profile.CURRENT, 1)) {
            Connector connector = connector(simulator);
            assertThat(Decoder.firmware(connector.read())).isEqualTo("V3.92.1");
            simulator.firmware("V3.93.0");

            assertThat(Decoder.firmware(connector.read())).isEqualTo("V3.93.0");
            assertThatThrownBy(() -> simulator.firmware("V3.93.0-beta")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFrozenSimulatorTakesNoIncidents() throws Exception {
        try (Simulator simulator =
                new Simulator(SimulatorOptions.of(Profile.CURRENT).withFrozen(true))) {
            assertThatThrownBy(() -> simulator.error(718))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("frozen");
        }
    }
}
