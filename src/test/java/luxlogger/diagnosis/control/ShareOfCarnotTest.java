package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

/** At 35 °C flow and 2 °C outdoors the Carnot COP is (37 + 273.15) / (37 − (−4)) = 7.565. */
class ShareOfCarnotTest {

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged() {
        return new ShareOfCarnot().check(Judging.evidence(pump, 2));
    }

    @Test
    void theCarnotCopIsThatOfTheFormula() {
        assertThat(Carnot.cop(35, 2)).isCloseTo(7.565, within(0.001));
        assertThat(Carnot.cop(20, 40)).isNaN();
    }

    @Test
    void aCopOf4AtTheseTemperaturesIsFine() {
        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(Figures.of(finding, "carnotShare")).isEqualTo(52.9);
        assertThat(finding.summary())
                .isEqualTo(
                        "The heat pump reached 53 % of the Carnot efficiency at its temperatures (controller-reported"
                                + " heat).");
    }

    @Test
    void belowFortyFivePercentIsAWarning() {
        pump.heatWatts = 4000;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(Figures.of(finding, "carnotShare")).isEqualTo(35.3);
        assertThat(finding.reference().threshold()).isEqualTo(45.0);
        assertThat(finding.reference().higherIsWorse()).isFalse();
        assertThat(finding.evidence()).hasSize(1);
        assertThat(finding.advice().en()).contains("heat metering");
    }

    @Test
    void withoutPowerReadingsTheCountersAndTheMeanCarnotCopServe() {
        pump.powerReadings = false;

        Finding finding = judged();

        assertThat(Figures.of(finding, "carnotShare")).isCloseTo(52.9, within(0.5));
        assertThat(finding.figures().get(0).label()).contains("counters");
    }

    @Test
    void withoutElectricityTheRuleSaysSo() {
        pump.powerReadings = false;
        pump.electricityCounters = false;

        assertThat(judged().unsupported()).isEqualTo("no electricity counters or power reading");
    }
}
