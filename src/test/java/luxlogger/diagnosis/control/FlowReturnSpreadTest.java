package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

class FlowReturnSpreadTest {

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged() {
        return new FlowReturnSpread().check(Judging.evidence(pump, 2));
    }

    @Test
    void aSpreadAboveP90IsAWarning() {
        pump.ret = 28;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.summary())
                .isEqualTo("While heating, flow and return were 7.0 K apart: too little water may flow through the"
                        + " heating.");
        assertThat(finding.reference().p90()).isEqualTo(5.2);
        assertThat(finding.evidence())
                .singleElement()
                .satisfies(span -> assertThat(span.text()).isEqualTo("2026-01-12: 7.0 K"));
        assertThat(finding.advice().de()).contains("Umwälzpumpe");
    }

    @Test
    void aSpreadAboveTheMedianIsANotice() {
        assertThat(judged().severity()).isEqualTo(Severity.NOTICE);
        assertThat(Figures.of(judged(), "spread")).isEqualTo(4.0);
    }

    @Test
    void aSpreadUpToTheMedianIsFine() {
        pump.ret = 32;

        assertThat(judged().severity()).isEqualTo(Severity.OK);
    }

    @Test
    void hotWaterAndTheFirstMinutesOfARunAreLeftOut() {
        pump.settlingFlow = 20;
        pump.hotWaterEvery = 3;

        Finding finding = judged();

        assertThat(Figures.of(finding, "spread")).isEqualTo(4.0);
        assertThat(Figures.of(finding, "flow")).isEqualTo(35.0);
        assertThat(finding.figures().get(0).label()).contains("weighted by heat output", "first 5 minutes");
    }

    @Test
    void withoutHeatOutputTheHeatMeterWeighs() {
        pump.powerReadings = false;

        Finding finding = judged();

        assertThat(Figures.of(finding, "spread")).isEqualTo(4.0);
        assertThat(finding.figures().get(0).label()).contains("weighted by heat meter");
    }

    @Test
    void withoutHeatFiguresTimeWeighs() {
        pump.powerReadings = false;
        pump.heatWatts = 0;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.NOTICE);
        assertThat(finding.figures().get(0).label()).contains("weighted by time");
    }

    @Test
    void withoutHeatingThereIsNothingToJudge() {
        pump.onMinutes = 0;

        assertThat(judged().unsupported()).isEqualTo("no space heating in the period");
    }
}
