package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;

import java.util.ArrayList;
import java.util.List;
import luxlogger.diagnosis.control.Defrosts.Defrost;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;

/** Rule 8: defrosts above +6 °C outdoors, and defrost time over compressor time; air-source units only. */
final class DefrostCheck implements Check {

    static final Rule RULE = new Rule(8, "defrost", "Defrost");

    private static final Advice WARM = new Advice(
            "Check the outdoor coil for leaves, dirt or ice, and the outdoor and evaporator sensors, or have the"
                    + " installer do it.",
            "Prüfen Sie den Verdampfer außen auf Laub, Schmutz oder Eis und die Außen- und Verdampferfühler, oder"
                    + " lassen Sie das den Installateur tun.");
    private static final Advice FINE = new Advice(
            "Nothing to change: the unit defrosts only in weather in which ice forms.",
            "Nichts zu ändern: das Gerät taut nur bei Wetter ab, in dem sich Eis bildet.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        if (evidence.source() == null) {
            return RULE.unsupported("heat source unknown: set HEATPUMP_SOURCE (air, ground or water)");
        }
        if (evidence.source() != HeatSource.AIR) {
            return RULE.unsupported("not an air-source unit");
        }
        Defrosts defrosts = evidence.pass().defrosts();
        double warm = evidence.references().value("defrost-outdoor");
        Reference reference = evidence.references().reference("defrost-warm");
        Severity severity = reference.judge(defrosts.warmCount());
        String share = Double.isNaN(defrosts.share())
                ? ""
                : "; defrost took " + number(defrosts.share(), 1) + " % of the compressor's time";
        String summary = severity == Severity.OK
                ? Words.count(defrosts.count(), "defrost") + ", none above +" + number(warm, 0) + " °C outdoors" + share
                        + "."
                : defrosts.warmCount() + " of " + Words.count(defrosts.count(), "defrost") + " came with the outdoor"
                        + " temperature above +" + number(warm, 0) + " °C (up to " + number(defrosts.warmest(), 1)
                        + " °C): the coil may be blocked or dirty, or a sensor faulty.";
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(
                "warmDefrosts", "defrosts above +" + number(warm, 0) + " °C outdoors", defrosts.warmCount(), ""));
        figures.add(new Figure("defrosts", "defrosts", defrosts.count(), ""));
        if (!Double.isNaN(defrosts.share())) {
            figures.add(
                    new Figure("defrostShare", "defrost time over compressor time", round(defrosts.share(), 1), "%"));
        }
        if (!Double.isNaN(defrosts.warmest())) {
            figures.add(
                    new Figure("warmestDefrost", "highest outdoor temperature at a defrost", defrosts.warmest(), "°C"));
        }
        List<Span> spans = new ArrayList<>();
        for (Defrost defrost : defrosts.warmOnes()) {
            spans.add(evidence.links()
                    .around(
                            defrost.millis(),
                            "defrost at " + number(defrost.outdoor(), 1) + " °C outdoors",
                            Links.OUTDOOR,
                            Links.MODE,
                            Links.FLOW,
                            Links.RETURN));
        }
        return RULE.finding(severity, summary, figures, reference, severity == Severity.OK ? FINE : WARM, spans);
    }
}
