package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The scenarios of the rules the first set left to unit tests (3, 5, 6, 10): each week, read the way DIAGNOSTICS.md
 * computes its figures ({@link ScenarioWeek}, the weeks {@link ScenarioTest} prints), shows its finding against the
 * {@code healthy} installation it differs from in one knob.
 */
class InstallationFaultTest {

    private final WeekFigures healthy = ScenarioWeek.winter(Scenario.HEALTHY);

    @Test
    void tooLittleFlowPullsFlowAndReturnApartBeyondTheFleetsP90AndRaisesTheFlow() {
        WeekFigures f = ScenarioWeek.winter(Scenario.LOW_FLOW);

        assertThat(f.spread())
                .as("flow-return spread while heating (p90 5.2 K)")
                .isGreaterThan(5.2);
        assertThat(f.heatingFlowRate()).as("C155, l/h").isCloseTo(0.4 * healthy.heatingFlowRate(), within(10.0));
        assertThat(f.heatingFlow() - healthy.heatingFlow())
                .as("flow above the healthy one, K")
                .isGreaterThan(2);
        assertThat(f.startsPerDay()).as("the return is controlled as before").isEqualTo(healthy.startsPerDay());
    }

    @Test
    void anUndersizedUnitInAColdWeekRunsOnAndTheBackupHeaterHelpsOnlyBelowItsRelease() {
        WeekFigures f = ScenarioWeek.winter(Scenario.CURVE_TOO_LOW);

        assertThat(f.outdoorMean()).as("a cold week, °C").isBetween(-10.0, -4.0);
        assertThat(f.startsPerDay()).as("starts per day: it runs on").isLessThanOrEqualTo(3);
        assertThat(f.auxHoursShort())
                .as("hours of ZWE1 while heating with the return below its target")
                .isGreaterThan(10);
        assertThat(f.auxHoursAboveRelease()).as("hours of ZWE1 above P90").isZero();
        assertThat(f.auxHours()).as("C60: the heater heats only then").isCloseTo(f.auxHoursShort(), within(0.5));
    }

    @Test
    void aRefrigerantFaultPutsTheCopWellBelow45PercentOfCarnot() {
        WeekFigures f = ScenarioWeek.winter(Scenario.POOR_EFFICIENCY);

        assertThat(f.carnotShare()).as("share of Carnot, %").isLessThan(40);
        assertThat(healthy.carnotShare()).as("the healthy one's").isGreaterThan(45);
        assertThat(f.cop() / healthy.cop()).as("COP against the healthy one's").isBetween(0.5, 0.65);
        assertThat(f.heatingFlow()).as("at the same temperatures").isCloseTo(healthy.heatingFlow(), within(0.2));
    }

    @Test
    void seventyWattsWhileTheCompressorIsOffCostMoreCopThanTheFleetsP90() {
        WeekFigures f = ScenarioWeek.winter(Scenario.STANDBY);
        double offHours = 7 * 24 - f.startsPerDay() * 7 * f.meanRunMinutes() / 60;

        assertThat(f.outdoorMean()).as("a mild week, °C").isBetween(5.0, 12.0);
        assertThat(f.standbyKwh()).as("kWh the counters show while off").isCloseTo(0.07 * offHours, within(0.2));
        assertThat(f.standbyCopCost()).as("COP cost of standby (p90 0.19)").isGreaterThan(0.19);
    }
}
