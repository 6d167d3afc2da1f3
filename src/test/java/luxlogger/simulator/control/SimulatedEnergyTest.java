package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

/** The simulated meters, read as the product reads a real controller: through its own catalog and decoder. */
class SimulatedEnergyTest {

    private static final Instant WINTER = Instant.parse("2025-01-13T00:00:00Z");
    private static final Catalog CATALOG = Catalog.standard();
    private static final Decoder DECODER = new Decoder(CATALOG);
    private static final List<Field> HEAT =
            fields("calculations.ID_WEB_WMZ_Heizung", "calculations.ID_WEB_WMZ_Brauchwasser");
    private static final List<Field> ELECTRICITY =
            fields("parameters.HEAT_ENERGY_INPUT", "parameters.DHW_ENERGY_INPUT");

    @Test
    void everyWinterDayHasADailyCopBetweenTwoAndAHalfAndFive() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 42, WINTER);
        Snapshot morning = model.snapshotAt(WINTER);
        for (int day = 1; day <= 7; day++) {
            Snapshot evening = model.snapshotAt(WINTER.plus(Duration.ofDays(day)));
            double heat = kilowattHours(evening, HEAT).orElseThrow()
                    - kilowattHours(morning, HEAT).orElseThrow();
            double electricity = kilowattHours(evening, ELECTRICITY).orElseThrow()
                    - kilowattHours(morning, ELECTRICITY).orElseThrow();
            System.out.printf(
                    "winter day %d: heat %.1f kWh, electricity %.2f kWh, COP %.2f%n",
                    day, heat, electricity, heat / electricity);

            assertThat(heat).as("heat of day %d, kWh", day).isBetween(50.0, 250.0);
            assertThat(heat / electricity).as("COP of day %d", day).isBetween(2.5, 5.0);
            morning = evening;
        }
    }

    @Test
    void firmwareWithoutElectricityCountersGivesNoCopRatherThanZero() {
        Snapshot v378 = new HeatPumpModel(Profile.BOUNI_V3_78, 42, WINTER).snapshotAt(WINTER.plus(Duration.ofDays(1)));

        assertThat(kilowattHours(v378, HEAT)).isPresent();
        assertThat(kilowattHours(v378, ELECTRICITY)).as("electricity of V3.78").isEmpty();
    }

    /**
     * The scales by index, as ENERGY.md gives them: heat meters C151/C152 count 0.1 kWh and the electricity inputs
     * P1136/P1137 0.01 kWh. Their deltas over a winter day equal the integrals of the instant readings in watts
     * (C257 heat output, C268 electric input), which have no scale to get wrong.
     */
    @Test
    void metersOfAWinterDayCountWhatThePowerReadingsIntegrateTo() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 7, WINTER);
        Snapshot first = model.snapshotAt(WINTER);
        double heatWattSeconds = 0;
        double electricWattSeconds = 0;
        Snapshot s = first;
        for (int i = 1; i <= 2880; i++) {
            Snapshot next = model.snapshotAt(WINTER.plusSeconds(30L * i));
            heatWattSeconds += 30.0 * s.calculations()[257];
            electricWattSeconds += 30.0 * s.calculations()[268];
            s = next;
        }
        double heat =
                (s.calculations()[151] - first.calculations()[151] + s.calculations()[152] - first.calculations()[152])
                        / 10.0;
        double electricity =
                (s.parameters()[1136] - first.parameters()[1136] + s.parameters()[1137] - first.parameters()[1137])
                        / 100.0;
        System.out.printf(
                "winter day: meters %.1f kWh heat, %.2f kWh electricity (COP %.2f); power readings %.1f kWh, %.2f kWh%n",
                heat, electricity, heat / electricity, heatWattSeconds / 3.6e6, electricWattSeconds / 3.6e6);

        assertThat(heat).isCloseTo(heatWattSeconds / 3.6e6, withinPercentage(3));
        assertThat(electricity).isCloseTo(electricWattSeconds / 3.6e6, withinPercentage(3));
        assertThat(heat / electricity).as("COP of the day").isBetween(2.5, 5.0);
    }

    /**
     * Heat meters count where the unit has them: C151/C152 on both V3.x profiles; the resettable total C154 only on
     * V3.78, as V3.88 dropped it; nothing at all on the V1.80 unit, which has no heat meter (its dump reads 0).
     */
    @Test
    void heatMetersCountOnlyWhereTheUnitHasThem() {
        Instant evening = WINTER.plus(Duration.ofHours(6));
        for (Profile profile : Profile.values()) {
            HeatPumpModel model = new HeatPumpModel(profile, 42, WINTER);
            int[] first = model.snapshotAt(WINTER).calculations();
            int[] last = model.snapshotAt(evening).calculations();
            assertThat(last[57]).as("%s starts", profile).isGreaterThan(first[57]);
            int heat = last[151] - first[151] + last[152] - first[152];
            switch (profile) {
                case CURRENT -> {
                    assertThat(heat).as("current heat, 0.1 kWh").isPositive();
                    assertThat(new int[] {first[154], last[154]})
                            .as("current total")
                            .containsOnly(0);
                }
                case BOUNI_V3_78 -> {
                    assertThat(heat).as("V3.78 heat, 0.1 kWh").isPositive();
                    assertThat(last[154] - first[154]).as("V3.78 total").isCloseTo(heat, within(1));
                }
                case COOLCHIP_V1_80 ->
                    assertThat(new int[] {
                                first[151],
                                first[152],
                                first[153],
                                first[154],
                                last[151],
                                last[152],
                                last[153],
                                last[154]
                            })
                            .as("V1.80 heat meters")
                            .containsOnly(0);
            }
        }
    }

    /** The socket shows P1136/P1137 updated once an hour only (ENERGY.md 1.2), so they move at full hours. */
    @Test
    void electricityInputsMoveOnlyAtFullHours() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 42, WINTER);
        Snapshot previous = model.snapshotAt(WINTER);
        int moves = 0;
        for (int i = 1; i <= 2880; i++) {
            Snapshot s = model.snapshotAt(WINTER.plusSeconds(30L * i));
            for (int index : new int[] {1136, 1137}) {
                int step = s.parameters()[index] - previous.parameters()[index];
                assertThat(step).as("P%d at %s", index, s.time()).isNotNegative();
                if (step > 0) {
                    moves++;
                    assertThat(s.time().getEpochSecond() % 3600)
                            .as("P%d moved at %s", index, s.time())
                            .isZero();
                }
            }
            previous = s;
        }
        assertThat(moves).as("hourly moves of the two inputs in a winter day").isBetween(24, 48);
    }

    /** The sum of these meters in kWh as the decoder reads them; empty when the firmware lacks one. */
    private static Optional<Double> kilowattHours(Snapshot snapshot, List<Field> meters) {
        double sum = 0;
        for (Field meter : meters) {
            Optional<Reading> reading = DECODER.decode(snapshot, meter);
            if (reading.isEmpty()) {
                return Optional.empty();
            }
            assertThat(meter.unit()).isEqualTo("kWh");
            sum += ((BigDecimal) reading.get().value()).doubleValue();
        }
        return Optional.of(sum);
    }

    private static List<Field> fields(String... columns) {
        return Arrays.stream(columns).map(c -> CATALOG.field(c).orElseThrow()).toList();
    }
}
