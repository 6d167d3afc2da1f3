package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import luxlogger.diagnosis.control.Episodes.Episode;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;
import luxlogger.energy.entity.DaySummary;

/** Rule 1: compressor starts a day, split into heating and hot water, and the mean run. */
final class ShortCycling implements Check {

    static final Rule RULE = new Rule(1, "short-cycling", "Short cycling");

    private static final Advice CYCLING = new Advice(
            "Lower the heating curve a little, check that pumps, valves and system pressure let enough water flow,"
                    + " and widen the hysteresis; if it cycles on the coldest days too, ask the installer about an"
                    + " oversized unit.",
            "Senken Sie die Heizkurve etwas ab, prüfen Sie, ob Pumpen, Ventile und Anlagendruck genug Wasser"
                    + " durchlassen, und vergrößern Sie die Hysterese; taktet die Anlage auch an den kältesten Tagen,"
                    + " fragen Sie den Installateur, ob das Gerät überdimensioniert ist.");
    private static final Advice FINE = new Advice(
            "Nothing to change: the compressor starts no more often than in the typical monitored system.",
            "Nichts zu ändern: der Verdichter startet nicht öfter als in der typischen überwachten Anlage.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        Runs runs = evidence.pass().runs();
        double days = evidence.coveredDays();
        References references = evidence.references();
        Reference fleet = references.reference("starts-per-day");
        Reference reference = new Reference(
                fleet.p10(),
                fleet.median(),
                fleet.p90(),
                null,
                true,
                fleet.text() + "; " + references.text("short-run-minutes") + " (IEA HPT)",
                fleet.source() + "; " + references.source("short-run-minutes"));
        double perDay = runs.starts() / days;
        Severity severity = reference.judge(perDay);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("startsPerDay", "compressor starts a day", round(perDay, 1), "1/d"));
        figures.add(
                new Figure("heatingStartsPerDay", "of them for heating", round(runs.heatingStarts() / days, 1), "1/d"));
        figures.add(new Figure(
                "hotWaterStartsPerDay", "of them for hot water", round(runs.hotWaterStarts() / days, 1), "1/d"));
        String summary;
        if (runs.starts() == 0) {
            summary = "The compressor did not start in the period.";
        } else {
            double minutes = runs.compressorSeconds() / runs.starts() / 60;
            figures.add(new Figure("meanRunMinutes", "mean run", round(minutes, 0), "min"));
            summary = "The compressor started " + number(perDay, 1) + " times a day, runs averaged "
                    + number(minutes, 0) + " minutes"
                    + (severity == Severity.OK ? "." : ": the heating curve may be too high, or the unit oversized.");
        }
        return RULE.finding(
                severity, summary, figures, reference, severity == Severity.OK ? FINE : CYCLING, evidence(evidence));
    }

    /** The day with the most starts, and the shortest runs seen whole. */
    private static List<Span> evidence(Evidence evidence) {
        List<Span> spans = new ArrayList<>();
        evidence.days().stream()
                .filter(day -> day.compressorStarts != null && day.compressorStarts > 0)
                .max(Comparator.comparingInt((DaySummary day) -> day.compressorStarts))
                .ifPresent(day -> {
                    long[] bounds = evidence.bounds(day);
                    spans.add(evidence.links()
                            .span(
                                    bounds[0],
                                    bounds[1],
                                    day.day + ": " + day.compressorStarts + " starts",
                                    Links.COMPRESSOR,
                                    Links.MODE,
                                    Links.FLOW,
                                    Links.RETURN));
                });
        for (Episode run : evidence.pass().runs().shortest()) {
            spans.add(evidence.links()
                    .span(
                            run.from() - Links.AROUND_MILLIS,
                            run.to() + Links.AROUND_MILLIS,
                            "a run of " + number(run.length() / 60_000.0, 0) + " minutes",
                            Links.COMPRESSOR,
                            Links.MODE,
                            Links.FLOW,
                            Links.RETURN));
        }
        return spans;
    }
}
