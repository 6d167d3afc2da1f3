package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;

import java.util.List;
import java.util.Optional;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.energy.entity.DaySummary;

/**
 * Rule 2: the rated output (RATED_OUTPUT_KW) over the mean heat output on the period's coldest day, Δ heat meter
 * over the hours covered. The coldest day of a mild week is no design day, so the ratio then comes out high.
 */
final class Oversizing implements Check {

    static final Rule RULE = new Rule(2, "oversized-unit", "Oversized unit");

    private static final Advice OVERSIZED = new Advice(
            "Tell the installer: a unit this much larger than the heat load cycles in mild weather, and no setting"
                    + " can cure that.",
            "Sagen Sie es dem Installateur: ein Gerät, das so viel größer ist als die Heizlast, taktet bei mildem"
                    + " Wetter, und keine Einstellung kann das beheben.");
    private static final Advice FINE = new Advice(
            "Nothing to change: the rated output suits the heat load of the coldest day.",
            "Nichts zu ändern: die Nennleistung passt zur Heizlast des kältesten Tages.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        if (evidence.ratedOutputKw() == null) {
            return RULE.unsupported("no rated output given (RATED_OUTPUT_KW)");
        }
        if (evidence.total(day -> day.heatTotal) == null) {
            return RULE.unsupported("no heat meter: the controller's heat counters do not advance");
        }
        Optional<DaySummary> found = evidence.coldest(day -> day.heatTotal != null);
        if (found.isEmpty()) {
            return RULE.unsupported("no day covered 90 % with an outdoor temperature and a heat meter");
        }
        DaySummary coldest = found.get();
        double hours = 24 * coldest.coverage / 100;
        double output = coldest.heatTotal / hours;
        if (output <= 0) {
            return RULE.unsupported("no heat made on the coldest day (" + coldest.day + ")");
        }
        double rated = evidence.ratedOutputKw();
        double ratio = rated / output;
        Reference reference = evidence.references().reference("oversizing");
        Severity severity = reference.judge(ratio);
        String summary = "The rated output of " + number(rated, 1) + " kW is " + number(ratio, 1)
                + " times the mean heat output on the period's coldest day (" + number(output, 1) + " kW on "
                + coldest.day + " at " + number(coldest.outdoorMean, 1) + " °C)"
                + (severity == Severity.OK ? "." : ": such a unit cycles in mild weather.");
        long[] bounds = evidence.bounds(coldest);
        return RULE.finding(
                severity,
                summary,
                List.of(
                        new Figure("oversizing", "rated over mean output on the coldest day", round(ratio, 1), "x"),
                        new Figure("coldestDayOutputKw", "mean heat output on the coldest day", round(output, 2), "kW"),
                        new Figure("ratedOutputKw", "rated output (RATED_OUTPUT_KW)", rated, "kW"),
                        new Figure(
                                "coldestDayOutdoor",
                                "outdoor mean on the coldest day",
                                round(coldest.outdoorMean, 1),
                                "°C")),
                reference,
                severity == Severity.OK ? FINE : OVERSIZED,
                List.of(evidence.links()
                        .span(
                                bounds[0],
                                bounds[1],
                                coldest.day + ", the coldest day",
                                Links.COMPRESSOR,
                                Links.OUTDOOR,
                                Links.FLOW,
                                Links.HEAT_OUTPUT)));
    }
}
