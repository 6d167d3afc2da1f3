package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;

import java.util.ArrayList;
import java.util.List;
import luxlogger.diagnosis.control.Episodes.Episode;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;

/**
 * Rule 12: below 90 % coverage the report's figures are partial (a warning, saying how much is missing); any clock
 * hour without a poll, a failed poll or the controller unreachable is a notice.
 */
final class DataGaps implements Check {

    static final Rule RULE = new Rule(12, "data-gaps", "Data gaps");

    private static final int KEPT = 5;

    private static final Advice PARTIAL = new Advice(
            "The figures of this report are partial: check that the logger runs and reaches the controller, then"
                    + " compute the report again.",
            "Die Zahlen dieses Berichts sind unvollständig: prüfen Sie, ob der Logger läuft und den Regler erreicht,"
                    + " und berechnen Sie den Bericht dann neu.");
    private static final Advice GAPS = new Advice(
            "Check the network between the logger and the controller, and that the logger keeps running.",
            "Prüfen Sie das Netzwerk zwischen Logger und Regler und ob der Logger durchgehend läuft.");
    private static final Advice FINE = new Advice(
            "Nothing to do: the logger polled without gaps.", "Nichts zu tun: der Logger hat lückenlos abgefragt.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        Coverage coverage = evidence.pass().coverage();
        List<JournalEvent> unreachable = evidence.events(EventKind.UNREACHABLE);
        double percent = coverage.percent();
        // rounded down, as the other rules' "not enough data" is: 89.6 % must not read as the 90 % needed
        String covered = number(Math.floor(percent), 0);
        Severity severity;
        String summary;
        if (percent < evidence.coverageNeeded()) {
            severity = Severity.WARNING;
            summary = "The polls cover " + covered + " % of the period: " + number(coverage.missingHours(), 1)
                    + " hours are missing, so the report's figures are partial.";
        } else if (coverage.emptyHours() > 0 || !unreachable.isEmpty() || evidence.failedPolls() > 0) {
            severity = Severity.NOTICE;
            summary = "The polls cover " + covered + " % of the period; "
                    + Words.count(coverage.emptyHours(), "clock hour") + " without a poll, "
                    + Words.count(evidence.failedPolls(), "failed poll") + ", the controller unreachable "
                    + Words.count(unreachable.size(), "time") + ".";
        } else {
            severity = Severity.OK;
            summary = "The polls cover " + covered + " % of the period.";
        }
        List<Figure> figures = List.of(
                new Figure("coverage", "share of the period covered by polls", round(percent, 1), "%"),
                new Figure("missingHours", "hours not covered", round(coverage.missingHours(), 1), "h"),
                new Figure("emptyHours", "clock hours without a poll", coverage.emptyHours(), ""),
                new Figure("failedPolls", "failed polls", evidence.failedPolls(), ""),
                new Figure("unreachable", "times the controller was unreachable", unreachable.size(), ""));
        List<Span> spans = new ArrayList<>();
        for (Episode gap : coverage.gaps()) {
            spans.add(evidence.links()
                    .span(
                            gap.from(),
                            gap.to(),
                            "no polls for " + number(gap.length() / 3_600_000.0, 1) + " hours",
                            Links.OUTDOOR,
                            Links.FLOW));
        }
        unreachable.stream()
                .limit(KEPT)
                .forEach(event -> spans.add(evidence.links()
                        .span(
                                event.time,
                                event.ended == null ? event.time + Links.AROUND_MILLIS : event.ended,
                                "controller unreachable: " + event.text,
                                Links.OUTDOOR,
                                Links.FLOW)));
        return RULE.finding(
                severity,
                summary,
                figures,
                evidence.references().reference("data-gaps"),
                severity == Severity.WARNING ? PARTIAL : severity == Severity.NOTICE ? GAPS : FINE,
                spans);
    }
}
