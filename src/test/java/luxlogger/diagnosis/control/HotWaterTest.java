package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

/**
 * The test pump heats with 1.5 kW for 50 of 60 minutes; hot water every {@code hotWaterEvery} hours for 30 minutes at 2
 * kW, which the heating's running time leaves: every 2 hours 12 kWh of 33 a day, every 6 hours 4 of 31.
 */
class HotWaterTest {

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged() {
        return new HotWater().check(Judging.evidence(pump, 2));
    }

    @Test
    void aLargeShareAtAHotSetpointWithDailyDisinfectionIsAWarningWithTheTradeOff() {
        pump.hotWaterEvery = 2;
        pump.setpoint = 55;
        pump.tankPeak = 56;
        pump.hotWaterHeatWatts = 7000;
        pump.disinfection = hourStart -> hourStart % 86_400 == 3 * 3600;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.summary())
                .isEqualTo(
                        "Hot water took 36 % of the electricity at a 55 °C setpoint (COP 3.5); 2 disinfection runs, 12.0"
                                + " reheats a day.");
        assertThat(finding.figures().get(0).key()).isEqualTo("hotWaterShare");
        assertThat(Figures.of(finding, "setpoint")).isEqualTo(55.0);
        assertThat(Figures.of(finding, "disinfectionRuns")).isEqualTo(2);
        assertThat(Figures.of(finding, "fleetCopAbove50")).isEqualTo(2.68);
        assertThat(Figures.of(finding, "fleetCopDisinfection")).isEqualTo(2.82);
        assertThat(finding.advice().en())
                .contains("comfort and hygiene against cost", "2.68", "2.82")
                .endsWith("but never set it below 50 °C (DVGW W 551).");
        assertThat(finding.advice().de()).contains("nie unter 50 °C", "2,68");
        assertThat(finding.evidence())
                .hasSize(2)
                .allSatisfy(span -> assertThat(span.text()).isEqualTo("disinfection run"));
    }

    @Test
    void aPoorHotWaterCopDecidesWhenItIsTheWorse() {
        pump.hotWaterEvery = 6;
        pump.hotWaterHeatWatts = 4000;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.figures().get(0).key()).isEqualTo("hotWaterCop");
        assertThat(finding.reference().p10()).isEqualTo(2.25);
        assertThat(finding.advice().en()).contains("how often and how long the tank reheats", "50 °C or above");
    }

    @Test
    void aSmallShareAtAGoodCopIsFine() {
        pump.hotWaterEvery = 6;
        pump.hotWaterHeatWatts = 7000;
        pump.setpoint = 46;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(finding.summary())
                .isEqualTo(
                        "Hot water took 13 % of the electricity at a 46 °C setpoint (COP 3.5); 0 disinfection runs, 4.0 reheats"
                                + " a day.");
        assertThat(Figures.of(finding, "fleetCop47OrLess")).isEqualTo(3.19);
        assertThat(Figures.of(finding, "fleetCopNoDisinfection")).isEqualTo(3.16);
        assertThat(finding.advice().en()).startsWith("Nothing to change").contains("50 °C or above");
    }

    @Test
    void theAdviceNeverGoesBelowFiftyDegrees() {
        var references = References.standard();
        for (Severity severity : Severity.values()) {
            for (boolean hot : new boolean[] {true, false}) {
                for (boolean disinfecting : new boolean[] {true, false}) {
                    String advice = HotWater.advice(references, severity, hot, disinfecting)
                            .en();
                    assertThat(advice).containsAnyOf("never set it below 50 °C", "at 50 °C or above");
                }
            }
        }
        assertThat(HotWater.advice(references, Severity.NOTICE, false, true).en())
                .contains("fewer disinfection runs", "2.82", "3.16");
        assertThat(HotWater.advice(references, Severity.NOTICE, true, false).en())
                .contains("2.68", "3.19");
    }

    @Test
    void withoutElectricityCountersTheRuleSaysSo() {
        pump.electricityCounters = false;
        pump.powerReadings = false;

        assertThat(judged().unsupported()).isEqualTo("no electricity counters");
    }

    @Test
    void aDefrostInAHotWaterRunLeavesOneRun() {
        pump.hotWaterEvery = 6;
        pump.disinfection = hourStart -> hourStart % 86_400 == 5 * 3600;
        pump.defrostMinutes = new int[] {10};
        pump.defrostInHotWater = true;

        Finding finding = judged();

        assertThat(Figures.of(finding, "reheatsPerDay")).isEqualTo(4.0);
        assertThat(Figures.of(finding, "disinfectionRuns")).isEqualTo(2);
    }

    @Test
    void aRunRightAfterADefrostInHeatingCounts() {
        pump.hotWaterEvery = 6;
        pump.onMinutes = 60;
        pump.offMinutes = 0;
        pump.defrostMinutes = new int[] {59};

        assertThat(Figures.of(judged(), "reheatsPerDay")).isEqualTo(4.0);
    }
}
