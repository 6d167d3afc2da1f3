package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;
import luxlogger.energy.entity.DaySummary;

/**
 * Rule 6: heat over the heat an ideal (Carnot) machine would have made of the same electricity at the same
 * temperatures, while running. From the power readings where the controller has them, else from the period's
 * counters and the running time's mean Carnot COP. The heat is the controller's calculation, not a meter's.
 */
final class ShareOfCarnot implements Check {

    static final Rule RULE = new Rule(6, "share-of-carnot", "Share of Carnot");

    private static final Advice LOW = new Advice(
            "Have the installer look at the hydraulics, short cycling, the refrigerant charge and the heat metering,"
                    + " since the controller only calculates its heat figure.",
            "Lassen Sie den Installateur Hydraulik, Takten, Kältemittelfüllung und Wärmemengenerfassung prüfen, denn"
                    + " der Regler berechnet seine Wärmemenge nur.");
    private static final Advice FINE = new Advice(
            "Nothing to change: at its temperatures the heat pump works as efficiently as most.",
            "Nichts zu ändern: bei ihren Temperaturen arbeitet die Wärmepumpe so effizient wie die meisten.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        Carnot carnot = evidence.pass().carnot();
        double share;
        String from;
        if (carnot.measured()) {
            share = carnot.share();
            from = "power readings C257/C268";
        } else {
            Double heat = evidence.total(day -> day.heatTotal);
            Double electricity = evidence.total(day -> day.electricTotal);
            if (electricity == null || electricity <= 0) {
                return RULE.unsupported("no electricity counters or power reading");
            }
            if (heat == null) {
                return RULE.unsupported("no heat meter: the controller's heat counters do not advance");
            }
            if (Double.isNaN(carnot.meanCop())) {
                return RULE.unsupported("the compressor did not run with known flow and outdoor temperatures");
            }
            share = 100 * heat / (electricity * carnot.meanCop());
            from = "counters, mean Carnot COP of the running time";
        }
        Reference reference = evidence.references().reference("carnot");
        Severity severity = reference.judge(share);
        String summary = "The heat pump reached " + number(share, 0)
                + " % of the Carnot efficiency at its temperatures (controller-reported heat)"
                + (severity == Severity.OK
                        ? "."
                        : ", below the 45 % most systems reach: hydraulics, cycling, the refrigerant or the heat"
                                + " metering may be at fault.");
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("carnotShare", "share of Carnot (" + from + ")", round(share, 1), "%"));
        if (!Double.isNaN(carnot.meanCop())) {
            figures.add(new Figure("carnotCop", "mean Carnot COP while running", round(carnot.meanCop(), 2), ""));
        }
        return RULE.finding(
                severity, summary, figures, reference, severity == Severity.OK ? FINE : LOW, lowest(evidence));
    }

    /** The day with the lowest COP. */
    private static List<Span> lowest(Evidence evidence) {
        return evidence.days().stream()
                .filter(day -> day.copTotal != null)
                .min(Comparator.comparingDouble((DaySummary day) -> day.copTotal))
                .map(day -> {
                    long[] bounds = evidence.bounds(day);
                    return List.of(evidence.links()
                            .span(
                                    bounds[0],
                                    bounds[1],
                                    day.day + ": COP " + number(day.copTotal, 2),
                                    Links.HEAT_OUTPUT,
                                    Links.POWER_INPUT,
                                    Links.FLOW,
                                    Links.OUTDOOR));
                })
                .orElse(List.of());
    }
}
