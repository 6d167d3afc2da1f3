package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

class CurveTooHighTest {

    private static final long SECOND_DAY = Judging.T0.getEpochSecond() + 86_400;

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged() {
        return new CurveTooHigh().check(Judging.evidence(pump, 2));
    }

    @Test
    void theColdestDaysFlowAboveWhatSpf35SystemsRunIsAWarning() {
        pump.outdoorAt = second -> second < SECOND_DAY ? 5 : -5;
        pump.flowAt = second -> second < SECOND_DAY ? 33 : 40;

        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(Figures.of(finding, "coldestDayFlow")).isEqualTo(40.0);
        assertThat(Figures.of(finding, "flow")).isEqualTo(36.5);
        assertThat(Figures.of(finding, "fleetSpfAtFlow")).isEqualTo(3.77);
        assertThat(finding.summary())
                .isEqualTo("On the coldest day (2026-01-13, -5.0 °C outside) the flow averaged 40.0 °C, heat-weighted;"
                        + " at the period's 36.5 °C systems like yours reach an SPF of about 3.8. The heating curve may"
                        + " be too high.");
        assertThat(finding.advice().en()).contains("P11 ID_Einst_HzHwHKE_akt", "systems like yours");
        assertThat(finding.evidence())
                .singleElement()
                .satisfies(span -> assertThat(span.link())
                        .contains("from=2026-01-13T00:00:00Z", "calculations.ID_WEB_Sollwert_TRL_HZ"));
    }

    @Test
    void aFlowBetweenSpf4AndSpf35SystemsIsANotice() {
        pump.flow = 38;

        assertThat(judged().severity()).isEqualTo(Severity.NOTICE);
    }

    @Test
    void aFlowAsLowAsInSpf4SystemsIsFine() {
        Finding finding = judged();

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(Figures.of(finding, "flowOverOutdoor")).isEqualTo(33.0);
    }

    @Test
    void withoutHeatingThereIsNothingToJudge() {
        pump.onMinutes = 0;

        assertThat(judged().unsupported()).isEqualTo("no space heating in the period");
    }
}
