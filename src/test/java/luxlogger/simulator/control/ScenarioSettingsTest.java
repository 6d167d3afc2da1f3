package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * What the scenarios write where, by index and raw scale (ENERGY.md, parameters.tsv): the settings an installer would
 * have made, and the backup heater's registers.
 */
class ScenarioSettingsTest {

    /** Monday 13 January 2025, 00:00 local time of the simulated site (UTC+1). */
    private static final Instant WINTER = Instant.parse("2025-01-12T23:00:00Z");
    // parameters (parameters.tsv), tenths of °C
    private static final int HOT_WATER_SETPOINT = 2;
    private static final int CURVE_END_POINT = 11;
    private static final int DISINFECTION_EVERY_DAY = 27;
    private static final int DISINFECTION_TEMPERATURE = 47;
    private static final int AUX_RELEASE = 90;
    // counters: P1059/P1140 0.1 kWh, P1136/P1137 0.01 kWh
    private static final int AUX_HEAT = 1059;
    private static final int ELECTRICITY_HEATING = 1136;
    private static final int AUX_HEAT_CONTINUED = 1140;
    // calculations (calculations.tsv)
    private static final int OUTDOOR = 15;
    private static final int HOT_WATER = 17;
    private static final int HOT_WATER_TARGET = 18;
    private static final int COMPRESSOR = 44;
    private static final int AUX_OUTPUT = 48;
    private static final int AUX_SECONDS = 60;
    private static final int RUN_SECONDS = 67;
    private static final int AUX_RUN_SECONDS = 68;
    private static final int OPERATING_MODE = 80;
    private static final int STATUS_LINE_3 = 119;
    private static final int POWER_INPUT = 268;

    private static Snapshot start(Scenario scenario) {
        return new HeatPumpModel(Profile.CURRENT, 42, WINTER, scenario).snapshotAt(WINTER);
    }

    @Test
    void normalLeavesTheProfilesSettings() {
        Snapshot normal = start(Scenario.NORMAL);
        Snapshot profile = Profile.CURRENT.snapshot();

        for (int p : new int[] {HOT_WATER_SETPOINT, CURVE_END_POINT, DISINFECTION_EVERY_DAY, AUX_RELEASE}) {
            assertThat(normal.parameters()[p]).as("P%d", p).isEqualTo(profile.parameters()[p]);
        }
    }

    @Test
    void theCurveEndPointShowsHowMuchHigherTheCurveIs() {
        int healthy = start(Scenario.HEALTHY).parameters()[CURVE_END_POINT];
        int high = start(Scenario.CURVE_TOO_HIGH).parameters()[CURVE_END_POINT];

        // the profile's curve: 33.0 °C return at -0.6 °C, pivoting at 20/20: 45.2 °C at -20 °C
        assertThat(healthy)
                .as("P11 of the healthy curve, 4 K below the profile's")
                .isEqualTo(412);
        assertThat(high - healthy).as("P11 raised by 28 K").isEqualTo(280);
    }

    @Test
    void hotWaterHotSetsItsSetpointAndADailyDisinfectionThatTheBackupHeaterFinishes() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 42, WINTER, Scenario.HOT_WATER_HOT);
        Snapshot first = model.snapshotAt(WINTER);
        double hottest = 0;
        int disinfectionPolls = 0;
        int heaterPolls = 0;
        for (Instant t = WINTER; t.isBefore(WINTER.plus(Duration.ofHours(8))); t = t.plusSeconds(30)) {
            Snapshot s = model.snapshotAt(t);
            hottest = Math.max(hottest, s.calculations()[HOT_WATER] / 10.0);
            if (s.calculations()[STATUS_LINE_3] == 9) {
                disinfectionPolls++;
                assertThat(s.calculations()[OPERATING_MODE])
                        .as("hot water mode")
                        .isEqualTo(1);
                heaterPolls += s.calculations()[AUX_OUTPUT];
            }
        }

        assertThat(first.parameters()[HOT_WATER_SETPOINT]).as("P2").isEqualTo(550);
        assertThat(first.calculations()[HOT_WATER_TARGET]).as("C18").isEqualTo(550);
        assertThat(first.parameters()[DISINFECTION_TEMPERATURE]).as("P47").isEqualTo(650);
        assertThat(first.parameters()[DISINFECTION_EVERY_DAY])
                .as("P27, every day")
                .isEqualTo(1);
        assertThat(disinfectionPolls).as("polls of the night's disinfection").isPositive();
        assertThat(heaterPolls).as("with the backup heater").isPositive().isLessThan(disinfectionPolls);
        assertThat(hottest).as("the tank, °C").isBetween(64.5, 66.0);
    }

    @Test
    void theBackupHeaterCountsItsHoursHeatAndElectricity() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 42, WINTER, Scenario.BACKUP_HEATER_MILD);
        Snapshot first = model.snapshotAt(WINTER);
        Snapshot previous = first;
        int onPolls = 0;
        for (Instant t = WINTER.plusSeconds(30); !t.isAfter(WINTER.plus(Duration.ofDays(1))); t = t.plusSeconds(30)) {
            Snapshot s = model.snapshotAt(t);
            if (s.calculations()[AUX_OUTPUT] == 1) {
                onPolls++;
                int running = s.calculations()[AUX_RUN_SECONDS];
                assertThat(running).as("C68 counts from the heater's start").isNotNegative();
                if (previous.calculations()[AUX_OUTPUT] == 1) {
                    assertThat(running).isEqualTo(previous.calculations()[AUX_RUN_SECONDS] + 30);
                }
            } else {
                assertThat(s.calculations()[AUX_RUN_SECONDS]).isZero();
            }
            previous = s;
        }
        Snapshot last = previous;
        double hours = (last.calculations()[AUX_SECONDS] - first.calculations()[AUX_SECONDS]) / 3600.0;
        double heat = (last.parameters()[AUX_HEAT_CONTINUED] - first.parameters()[AUX_HEAT_CONTINUED]) / 10.0;
        double electricity = (last.parameters()[ELECTRICITY_HEATING] - first.parameters()[ELECTRICITY_HEATING]) / 100.0;

        assertThat(first.parameters()[AUX_RELEASE])
                .as("P90, released below -5 °C")
                .isEqualTo(-50);
        assertThat(hours).as("C60, hours").isGreaterThan(1).isCloseTo(onPolls * 30 / 3600.0, within(0.05));
        assertThat(heat).as("P1140, kWh of a 2 kW heater").isCloseTo(BackupHeater.POWER * hours, within(0.11));
        assertThat(last.parameters()[AUX_HEAT]).as("P1059 frozen").isEqualTo(first.parameters()[AUX_HEAT]);
        assertThat(electricity).as("P1136 holds the heater's electricity too").isGreaterThan(heat);
    }

    @Test
    void aBivalentHeaterRunsOnlyBelowItsReleaseAfterAnHourOfTheCompressorAlone() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 42, WINTER, Scenario.CURVE_TOO_LOW);
        Snapshot first = model.snapshotAt(WINTER);
        int onPolls = 0;
        for (Instant t = WINTER; t.isBefore(WINTER.plus(Duration.ofDays(2))); t = t.plusSeconds(30)) {
            int[] c = model.snapshotAt(t).calculations();
            if (c[AUX_OUTPUT] == 1) {
                onPolls++;
                assertThat(c[OUTDOOR]).as("C15 at or below P90").isLessThanOrEqualTo(-50);
                assertThat(c[OPERATING_MODE]).as("heating").isZero();
                assertThat(c[RUN_SECONDS])
                        .as("C67, the compressor alone for an hour first")
                        .isGreaterThanOrEqualTo(3600);
            }
        }

        assertThat(first.parameters()[AUX_RELEASE])
                .as("P90, released below -5 °C")
                .isEqualTo(-50);
        assertThat(onPolls).as("polls with ZWE1 on").isPositive();
    }

    @Test
    void standbyMovesTheHeatingCounterWhileThePowerInputReadsZero() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 42, WINTER, Scenario.STANDBY);
        Snapshot first = model.snapshotAt(WINTER);
        double offSeconds = 0;
        double compressorHeating = 0;
        for (Instant t = WINTER; t.isBefore(WINTER.plus(Duration.ofDays(1))); t = t.plusSeconds(30)) {
            int[] c = model.snapshotAt(t).calculations();
            if (c[COMPRESSOR] == 0) {
                offSeconds += 30;
                assertThat(c[POWER_INPUT])
                        .as("C268 while off (BenPru issue 282)")
                        .isZero();
            } else if (c[OPERATING_MODE] != 1) {
                compressorHeating += c[POWER_INPUT] * 30 / 3.6e6;
            }
        }
        Snapshot last = model.snapshotAt(WINTER.plus(Duration.ofDays(1)));
        double electricity = (last.parameters()[ELECTRICITY_HEATING] - first.parameters()[ELECTRICITY_HEATING]) / 100.0;

        assertThat(offSeconds).as("seconds off in a mild day").isGreaterThan(3600);
        assertThat(electricity - compressorHeating)
                .as("P1136 beyond the compressor's heating and defrosts, kWh")
                .isCloseTo(0.07 * offSeconds / 3600, within(0.05));
    }

    @Test
    void theRatedOutputIsTheCapacityAtA2W35OrB0W35() {
        assertThat(Scenario.NORMAL.ratedOutput(Profile.CURRENT)).isCloseTo(9.24, within(0.001));
        assertThat(Scenario.HEALTHY.ratedOutput(Profile.CURRENT)).isCloseTo(6.468, within(0.001));
        assertThat(Scenario.SHORT_CYCLING.ratedOutput(Profile.CURRENT)).isCloseTo(21.56, within(0.001));
        assertThat(Scenario.NORMAL.ratedOutput(Profile.BOUNI_V3_78)).isEqualTo(7.0);
    }
}
