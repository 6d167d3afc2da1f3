package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.diagnosis.entity.Severity;
import org.junit.jupiter.api.Test;

/** The default test pump makes 6 kW for 50 of every 60 minutes: 5 kW on average. */
class OversizingTest {

    private final TestHeatPump pump = new TestHeatPump();

    private Finding judged(Double rated) {
        return new Oversizing().check(Judging.evidence(pump, 2, HeatSource.AIR, rated, List.of()));
    }

    @Test
    void moreThanThreeTimesTheColdestDaysOutputIsAWarning() {
        pump.outdoorAt = second -> second < Judging.T0.getEpochSecond() + 86_400 ? 4 : -3;

        Finding finding = judged(18.0);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(Figures.of(finding, "oversizing")).isEqualTo(3.6);
        assertThat(Figures.of(finding, "coldestDayOutputKw")).isEqualTo(5.0);
        assertThat(Figures.of(finding, "coldestDayOutdoor")).isEqualTo(-3.0);
        assertThat(finding.summary())
                .startsWith("The rated output of 18.0 kW is 3.6 times the mean heat output on the period's coldest day"
                        + " (5.0 kW on 2026-01-13 at -3.0 °C)");
        assertThat(finding.reference().text()).contains("1.2-1.5x", "2.1x", "3x");
        assertThat(finding.evidence())
                .singleElement()
                .satisfies(span -> assertThat(span.text()).isEqualTo("2026-01-13, the coldest day"));
        assertThat(finding.advice().en()).startsWith("Tell the installer");
    }

    @Test
    void betweenOneAndAHalfAndThreeTimesIsANotice() {
        assertThat(judged(9.0).severity()).isEqualTo(Severity.NOTICE);
    }

    @Test
    void aMarginOfUpToOneAndAHalfIsFine() {
        Finding finding = judged(6.0);

        assertThat(finding.severity()).isEqualTo(Severity.OK);
        assertThat(Figures.of(finding, "oversizing")).isEqualTo(1.2);
    }

    @Test
    void withoutARatedOutputTheRuleSaysWhatIsMissing() {
        Finding finding = judged(null);

        assertThat(finding.severity()).isEqualTo(Severity.UNSUPPORTED);
        assertThat(finding.unsupported()).isEqualTo("no rated output given (RATED_OUTPUT_KW)");
        assertThat(finding.reference()).isNull();
    }

    @Test
    void withoutAHeatMeterTheRuleSaysSo() {
        pump.heatWatts = 0;

        assertThat(judged(9.0).unsupported()).isEqualTo("no heat meter: the controller's heat counters do not advance");
    }
}
