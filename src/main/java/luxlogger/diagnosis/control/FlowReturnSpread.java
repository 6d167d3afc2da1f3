package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;

import java.util.ArrayList;
import java.util.List;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;

/** Rule 3: flow minus return, heat-weighted, while the compressor heats the house. */
final class FlowReturnSpread implements Check {

    static final Rule RULE = new Rule(3, "flow-return-spread", "Flow-return spread");

    private static final Advice NARROW_FLOW = new Advice(
            "Open closed zones and valves, and check the circulation pump, the filter and the system for air.",
            "Öffnen Sie geschlossene Heizkreise und Ventile und prüfen Sie Umwälzpumpe, Filter und Anlage auf Luft.");
    private static final Advice FINE = new Advice(
            "Nothing to change: enough water flows through the heating.",
            "Nichts zu ändern: durch die Heizung fließt genug Wasser.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        HeatingTemperatures heating = evidence.pass().heating();
        if (!heating.heated()) {
            return RULE.unsupported("no space heating in the period");
        }
        double spread = heating.spread();
        Reference reference = evidence.references().reference("spread");
        Severity severity = reference.judge(spread);
        String summary = "While heating, flow and return were " + number(spread, 1) + " K apart"
                + (severity == Severity.OK ? "." : ": too little water may flow through the heating.");
        String how = ", weighted by " + heating.weighting() + ", without hot water, defrost and the first "
                + HeatingTemperatures.SETTLING_SECONDS / 60 + " minutes of each run";
        List<Figure> figures = List.of(
                new Figure("spread", "flow-return spread while heating" + how, round(spread, 1), "K"),
                new Figure("flow", "flow temperature while heating" + how, round(heating.flow(), 1), "°C"));
        return RULE.finding(
                severity, summary, figures, reference, severity == Severity.OK ? FINE : NARROW_FLOW, widest(evidence));
    }

    /** The day with the widest spread. */
    private static List<Span> widest(Evidence evidence) {
        HeatingTemperatures heating = evidence.pass().heating();
        Days days = evidence.pass().days();
        int widest = -1;
        for (int i = 0; i < days.count(); i++) {
            Double spread = heating.daySpread(i);
            if (spread != null && (widest < 0 || spread > heating.daySpread(widest))) {
                widest = i;
            }
        }
        List<Span> spans = new ArrayList<>();
        if (widest >= 0) {
            spans.add(evidence.links()
                    .span(
                            days.dayStart(widest),
                            days.dayStart(widest + 1),
                            days.date(widest) + ": " + number(heating.daySpread(widest), 1) + " K",
                            Links.FLOW,
                            Links.RETURN,
                            Links.COMPRESSOR,
                            Links.MODE));
        }
        return spans;
    }
}
