package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import org.junit.jupiter.api.Test;

class DataGapsTest {

    private final TestHeatPump pump = new TestHeatPump();

    @Test
    void lessThanNinetyPercentIsAWarningThatSaysHowMuchIsMissingAndTheOtherRulesStand() {
        // no polls from 06:00 to 12:00 each day
        pump.missing = second -> second % 86_400 >= 6 * 3600 && second % 86_400 < 12 * 3600;
        Evidence evidence = Judging.evidence(pump, 2);

        List<Finding> findings = Findings.of(evidence);

        Finding gaps = findings.get(11);
        assertThat(gaps.severity()).isEqualTo(Severity.WARNING);
        assertThat(gaps.summary())
                .isEqualTo("The polls cover 74 % of the period: 12.0 hours are missing, so the report's figures are"
                        + " partial.");
        assertThat(Figures.of(gaps, "emptyHours")).isEqualTo(12);
        assertThat(gaps.evidence())
                .hasSize(2)
                .first()
                .satisfies(span ->
                        assertThat(span.link()).contains("from=2026-01-12T05:59:30Z", "to=2026-01-12T12:00:00Z"));
        assertThat(findings.subList(0, 11)).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.UNSUPPORTED);
            assertThat(finding.unsupported()).isEqualTo("not enough data: 74 % covered (90 % needed)");
        });
        assertThat(findings).extracting(Finding::rule).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void anHourWithoutPollsIsANotice() {
        pump.missing = second -> second % 86_400 >= 6 * 3600 && second % 86_400 < 7 * 3600 + 600;
        Evidence evidence = Judging.evidence(pump, 2);

        Finding gaps = new DataGaps().check(evidence);

        assertThat(gaps.severity()).isEqualTo(Severity.NOTICE);
        assertThat(gaps.summary())
                .isEqualTo("The polls cover 95 % of the period; 2 clock hours without a poll, 0 failed polls, the"
                        + " controller unreachable 0 times.");
        assertThat(Findings.of(evidence).get(0).severity()).isNotEqualTo(Severity.UNSUPPORTED);
    }

    @Test
    void theControllerUnreachableIsANotice() {
        JournalEvent unreachable =
                Judging.event(EventKind.UNREACHABLE, Judging.T0.plus(Duration.ofHours(3)), null, "connection refused");
        unreachable.ended = unreachable.time + 60_000;

        Finding gaps = new DataGaps().check(Judging.evidence(pump, 1, HeatSource.AIR, null, List.of(unreachable)));

        assertThat(gaps.severity()).isEqualTo(Severity.NOTICE);
        assertThat(Figures.of(gaps, "unreachable")).isEqualTo(1);
        assertThat(gaps.evidence())
                .singleElement()
                .satisfies(span -> assertThat(span.text()).isEqualTo("controller unreachable: connection refused"));
    }

    @Test
    void pollsWithoutGapsAreFine() {
        Finding gaps = new DataGaps().check(Judging.evidence(pump, 1));

        assertThat(gaps.severity()).isEqualTo(Severity.OK);
        assertThat(gaps.summary()).isEqualTo("The polls cover 100 % of the period.");
        assertThat(gaps.advice().en()).startsWith("Nothing to do");
    }
}
