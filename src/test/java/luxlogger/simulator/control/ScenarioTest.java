package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each scenario's simulated week, read the way DIAGNOSTICS.md computes its figures ({@link ScenarioWeek}), shows the
 * finding it stands for; the healthy one is on the good side of every rule's median or threshold.
 */
class ScenarioTest {

    private static final Instant WINTER = ScenarioWeek.WINTER;

    private static final Map<Scenario, WeekFigures> WEEKS = new EnumMap<>(Scenario.class);

    @BeforeAll
    static void simulateAWeekOfEach() {
        for (Scenario scenario : Scenario.values()) {
            WeekFigures f = ScenarioWeek.winter(scenario);
            WEEKS.put(scenario, f);
            System.out.printf(
                    "%s: outdoor %.1f..%.1f (mean %.1f) °C; %.1f starts/day, mean run %.1f min; spread %.2f K at"
                            + " %.0f l/h; flow %.1f °C, coldest day %.1f °C at %.2f kW; %.1f %% of Carnot, COP %.2f"
                            + " (heating %.2f); hot water %.1f %% of the electricity at COP %.2f, setpoint %.1f °C,"
                            + " %d disinfections; %d defrosts, %d above +6 °C; backup heater %.1f h (%.1f h above"
                            + " its release, %.1f h in heating below the target), %.1f %% of the electricity; standby"
                            + " %.1f kWh, COP cost %.3f; errors %s%n",
                    scenario.key(),
                    f.outdoorMin(),
                    f.outdoorMax(),
                    f.outdoorMean(),
                    f.startsPerDay(),
                    f.meanRunMinutes(),
                    f.spread(),
                    f.heatingFlowRate(),
                    f.heatingFlow(),
                    f.coldestDayFlow(),
                    f.coldestDayOutput(),
                    f.carnotShare(),
                    f.cop(),
                    f.heatingCop(),
                    f.hotWaterShare(),
                    f.hotWaterCop(),
                    f.hotWaterSetpoint(),
                    f.disinfections(),
                    f.defrosts(),
                    f.defrostsAbove6(),
                    f.auxHours(),
                    f.auxHoursAboveRelease(),
                    f.auxHoursShort(),
                    f.auxShare(),
                    f.standbyKwh(),
                    f.standbyCopCost(),
                    f.errors());
        }
    }

    @Test
    void theHealthySystemIsOnTheGoodSideOfEveryRule() {
        WeekFigures f = WEEKS.get(Scenario.HEALTHY);

        assertThat(f.outdoorMean()).as("a winter week, °C").isBetween(-3.0, 3.0);
        assertThat(f.startsPerDay()).as("starts per day (fleet median 6.1)").isLessThanOrEqualTo(6.1);
        assertThat(f.meanRunMinutes()).as("mean run, minutes").isGreaterThanOrEqualTo(15);
        assertThat(f.spread())
                .as("flow-return spread while heating (median 3.8 K)")
                .isLessThanOrEqualTo(3.8);
        assertThat(f.coldestDayFlow())
                .as("flow on the coldest day (SPF 4: 36.6 °C)")
                .isLessThanOrEqualTo(36.6);
        assertThat(f.carnotShare()).as("share of Carnot, %").isGreaterThanOrEqualTo(45);
        assertThat(f.hotWaterCop()).as("hot-water COP (median 3.08)").isGreaterThanOrEqualTo(3.08);
        assertThat(f.hotWaterShare())
                .as("hot water's share of the electricity (median 18 %)")
                .isLessThanOrEqualTo(18);
        assertThat(f.hotWaterSetpoint()).as("P2, °C").isBetween(47.0, 50.0);
        assertThat(f.disinfections()).isZero();
        assertThat(f.defrosts()).as("defrosts in a winter week").isPositive();
        assertThat(f.defrostsAbove6()).as("defrosts above +6 °C").isZero();
        assertThat(f.auxHours()).as("backup heater hours, C60").isZero();
        assertThat(f.auxShare()).as("backup heater's share of the electricity").isZero();
        assertThat(f.standbyCopCost()).as("COP cost of standby (median 0.10)").isLessThanOrEqualTo(0.10);
        assertThat(f.errors()).isFalse();
    }

    @Test
    void anOversizedUnitShortCyclesInWinter() {
        WeekFigures f = WEEKS.get(Scenario.SHORT_CYCLING);

        assertThat(f.outdoorMean()).as("a winter week, °C").isBetween(-3.0, 3.0);
        assertThat(f.startsPerDay()).as("starts per day (fleet p90 12.8)").isGreaterThan(12.8);
        assertThat(f.meanRunMinutes()).as("mean run, minutes").isLessThan(15);
        assertThat(Scenario.SHORT_CYCLING.ratedOutput(Profile.CURRENT) / f.coldestDayOutput())
                .as("rated output over the coldest day's mean output")
                .isGreaterThan(3);
        assertThat(Scenario.HEALTHY.ratedOutput(Profile.CURRENT)
                        / WEEKS.get(Scenario.HEALTHY).coldestDayOutput())
                .as("the healthy unit's, for comparison")
                .isLessThan(3);
    }

    @Test
    void aCurveTooHighRaisesTheFlowAndCostsAboutTwoPercentOfCopPerKelvin() {
        WeekFigures high = WEEKS.get(Scenario.CURVE_TOO_HIGH);
        WeekFigures healthy = WEEKS.get(Scenario.HEALTHY);

        assertThat(high.coldestDayFlow())
                .as("flow on the coldest day (SPF 3.5: 39.5 °C)")
                .isGreaterThan(39.5);
        double kelvin = high.heatingFlow() - healthy.heatingFlow();
        double loss = 1 - high.heatingCop() / healthy.heatingCop();
        assertThat(kelvin).as("flow above the healthy curve's, K").isGreaterThan(5);
        assertThat(loss / kelvin).as("share of the heating COP lost per kelvin").isBetween(0.015, 0.03);
        assertThat(high.startsPerDay()).as("still runs for hours").isLessThanOrEqualTo(6.1);
    }

    @Test
    void hotWaterAt55WithANightlyDisinfectionTakesOverAThirdOfTheElectricity() {
        WeekFigures f = WEEKS.get(Scenario.HOT_WATER_HOT);

        assertThat(f.hotWaterSetpoint()).as("P2, °C").isEqualTo(55.0);
        assertThat(f.disinfections()).as("days with a disinfection").isEqualTo(7);
        assertThat(f.hotWaterShare())
                .as("hot water's share of the electricity (p90 32 %)")
                .isGreaterThan(32);
        assertThat(f.hotWaterCop()).as("hot-water COP (2.68 above 50 °C)").isLessThan(2.68);
        assertThat(f.auxHours())
                .as("the backup heater finishes the disinfections")
                .isPositive();
    }

    @Test
    void theBackupHeaterRunsForHoursInMildWeatherAboveItsRelease() {
        WeekFigures f = WEEKS.get(Scenario.BACKUP_HEATER_MILD);

        assertThat(f.outdoorMean()).as("a mild week, °C").isBetween(5.0, 10.0);
        assertThat(f.auxHours()).as("hours of C60 in the week").isGreaterThan(7);
        assertThat(f.auxHoursAboveRelease()).as("hours with C48 on above P90").isCloseTo(f.auxHours(), within(0.1));
        assertThat(f.auxShare())
                .as("backup heater's share of the electricity (median 1.3 %)")
                .isGreaterThan(1.3);
        assertThat(f.auxHeatFrozen()).as("P1059 frozen, P1140 counts").isTrue();
    }

    @Test
    void aBlockedCoilDefrostsSeveralTimesADayAboveSixDegrees() {
        WeekFigures f = WEEKS.get(Scenario.WARM_DEFROSTS);

        assertThat(f.outdoorMean()).as("a mild week, °C").isBetween(6.0, 12.0);
        assertThat(f.defrostsAbove6()).as("defrosts above +6 °C in the week").isGreaterThanOrEqualTo(14);
    }

    @Test
    void noScenarioHasErrorsOrStandbyWorthNamingButStandby() {
        WEEKS.forEach((scenario, f) -> {
            assertThat(f.errors()).as("%s: errors", scenario).isFalse();
            if (scenario != Scenario.STANDBY) {
                assertThat(f.standbyCopCost())
                        .as("%s: standby COP cost", scenario)
                        .isLessThan(0.05);
            }
        });
    }

    @Test
    void normalIsTheModelWithoutAScenario() {
        HeatPumpModel plain = new HeatPumpModel(Profile.CURRENT, 42, WINTER);
        HeatPumpModel normal = new HeatPumpModel(Profile.CURRENT, 42, WINTER, Scenario.NORMAL);

        for (int hour = 0; hour < 48; hour += 7) {
            Instant t = WINTER.plusSeconds(3600L * hour);
            Snapshot expected = plain.snapshotAt(t);
            Snapshot actual = normal.snapshotAt(t);
            assertThat(actual.parameters()).isEqualTo(expected.parameters());
            assertThat(actual.calculations()).isEqualTo(expected.calculations());
        }
        assertThat(plain.scenario()).isEqualTo(Scenario.NORMAL);
    }

    @Test
    void scenariosAreFoundByKeyOrNameInAnyCase() {
        assertThat(Scenario.of("short-cycling")).isEqualTo(Scenario.SHORT_CYCLING);
        assertThat(Scenario.of("Hot_Water_Hot")).isEqualTo(Scenario.HOT_WATER_HOT);
        assertThatThrownBy(() -> Scenario.of("broken"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown scenario 'broken', known: [normal, healthy, short-cycling, curve-too-high,"
                        + " hot-water-hot, backup-heater-mild, warm-defrosts, low-flow, curve-too-low, poor-efficiency,"
                        + " standby]");
    }
}
