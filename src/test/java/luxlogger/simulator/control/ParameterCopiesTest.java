package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The parameter-side copies a real controller keeps of its counters and switch-off file move with them at every
 * poll (ENERGY.md §3-4; the dumps: P668 = C63, P674 = C57, P854 = 10 × C151), read over the real protocol.
 */
class ParameterCopiesTest {

    /** Parameter index → calculation index, as both dumps pair them. */
    private static final int[][] COUNTERS = {
        {668, 63}, {669, 56}, {670, 58}, {671, 60}, {672, 61}, {673, 62}, {674, 57}, {675, 59}, {728, 64}, {729, 65},
        {730, 66}
    };
    /** Heat meters: the parameter counts 0.01 kWh, the calculation 0.1 kWh. */
    private static final int[][] HEAT = {{852, 154}, {854, 151}, {878, 152}, {879, 153}};

    private static final Instant WINTER = Instant.parse("2025-01-14T06:00:00Z");

    @Test
    void countersAndHeatMetersOnTheParameterSideMoveBetweenPollsOverTheProtocol() throws Exception {
        // an hour of model time per wall second: a few polls span compressor runs
        var options = SimulatorOptions.of(Profile.CURRENT)
                .withStart(WINTER)
                .withSpeed(3600)
                .withSeed(7);
        try (Simulator simulator = new Simulator(options)) {
            Connector connector = new Connector("127.0.0.1", simulator.port(), Duration.ofSeconds(2), 1, Duration.ZERO);
            Snapshot first = connector.read();
            Snapshot last = first;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!moved(first, last) && System.nanoTime() < deadline) {
                Snapshot next = connector.read();
                // each group is its own request, answered at its own instant: parameters come first
                for (int[] pair : COUNTERS) {
                    assertThat(next.parameters()[pair[0]])
                            .as("P%d between C%d of the previous and of this poll", pair[0], pair[1])
                            .isBetween(last.calculations()[pair[1]], next.calculations()[pair[1]]);
                }
                last = next;
            }
            assertThat(last.parameters()[669]).as("P669 compressor seconds").isGreaterThan(first.parameters()[669]);
            assertThat(last.parameters()[668]).as("P668 heat pump seconds").isGreaterThan(first.parameters()[668]);
            assertThat(last.parameters()[674]).as("P674 starts").isGreaterThan(first.parameters()[674]);
            assertThat(last.parameters()[854]).as("P854 heat of heating").isGreaterThan(first.parameters()[854]);
        }
    }

    @Test
    void everySnapshotCopiesItsOwnCountersHeatMetersAndSwitchOffFile() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 7, WINTER);
        for (int hour = 0; hour <= 12; hour++) {
            assertCopies(model.snapshotAt(WINTER.plus(Duration.ofHours(hour))));
        }
    }

    @Test
    void oldFirmwareCopiesItsCountersToo() {
        HeatPumpModel model = new HeatPumpModel(Profile.BOUNI_V3_78, 3, WINTER);
        Snapshot later = model.snapshotAt(WINTER.plus(Duration.ofHours(8)));

        assertCopies(later);
        assertThat(later.parameters()[852]).as("P852 = 10 × C154 on V3.78").isEqualTo(10 * later.calculations()[154]);
        assertThat(later.parameters()[852])
                .as("P852 moved")
                .isGreaterThan(Profile.BOUNI_V3_78.snapshot().parameters()[852]);
    }

    private static boolean moved(Snapshot first, Snapshot last) {
        return last.parameters()[674] > first.parameters()[674] && last.parameters()[854] > first.parameters()[854];
    }

    private static void assertCopies(Snapshot s) {
        for (int[] pair : COUNTERS) {
            assertThat(s.parameters()[pair[0]])
                    .as("P%d = C%d", pair[0], pair[1])
                    .isEqualTo(s.calculations()[pair[1]]);
        }
        for (int slot = 0; slot < 5; slot++) {
            assertThat(s.parameters()[716 + slot])
                    .as("P%d switch-off code", 716 + slot)
                    .isEqualTo(s.calculations()[106 + slot]);
            assertThat(s.parameters()[721 + slot])
                    .as("P%d switch-off time", 721 + slot)
                    .isEqualTo(s.calculations()[111 + slot]);
        }
        for (int[] pair : HEAT) {
            assertThat(s.parameters()[pair[0]])
                    .as("P%d = 10 × C%d", pair[0], pair[1])
                    .isEqualTo(10 * s.calculations()[pair[1]]);
        }
    }
}
