package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.energy.entity.DaySummary;

/**
 * Rule 4: the heat-weighted flow temperature on the period's coldest day with heating, judged against what systems
 * with SPF 4 and 3.5 run; and the fleet fit SPF ≈ 7.42 − 0.10 × flow at the period's flow, a correlation.
 */
final class CurveTooHigh implements Check {

    static final Rule RULE = new Rule(4, "heating-curve-too-high", "Heating curve too high");

    private static final Advice LOWER = new Advice(
            "Lower the heating curve's end point (P11 ID_Einst_HzHwHKE_akt) or the temperature correction (P1"
                    + " ID_Einst_WK_akt) in small steps and watch the rooms: systems like yours lose about 2-2.5 % of"
                    + " COP for each kelvin of flow temperature.",
            "Senken Sie den Endpunkt der Heizkurve (P11 ID_Einst_HzHwHKE_akt) oder die Temperaturkorrektur (P1"
                    + " ID_Einst_WK_akt) in kleinen Schritten und beobachten Sie die Räume: Anlagen wie Ihre verlieren"
                    + " je Kelvin Vorlauftemperatur etwa 2-2,5 % COP.");
    private static final Advice FINE = new Advice(
            "Nothing to change: on the coldest day the flow was as low as in systems with an SPF of 4.",
            "Nichts zu ändern: am kältesten Tag war der Vorlauf so niedrig wie in Anlagen mit einer JAZ von 4.");

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
        Optional<DaySummary> found = evidence.coldest(day -> flow(evidence, day) != null);
        if (found.isEmpty()) {
            return RULE.unsupported("no day covered 90 % with heating and an outdoor temperature");
        }
        DaySummary coldest = found.get();
        double flow = flow(evidence, coldest);
        References references = evidence.references();
        Reference reference = references.reference("coldest-day-flow");
        Severity severity = reference.judge(flow);
        double spf = references.value("spf-fit-intercept") - references.value("spf-fit-slope") * heating.flow();
        String summary = "On the coldest day (" + coldest.day + ", " + number(coldest.outdoorMean, 1)
                + " °C outside) the flow averaged " + number(flow, 1) + " °C, heat-weighted; at the period's "
                + number(heating.flow(), 1) + " °C systems like yours reach an SPF of about " + number(spf, 1) + "."
                + (severity == Severity.OK ? "" : " The heating curve may be too high.");
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("coldestDayFlow", "flow temperature on the coldest day", round(flow, 1), "°C"));
        figures.add(new Figure("flow", "flow temperature while heating", round(heating.flow(), 1), "°C"));
        if (!Double.isNaN(heating.flowOverOutdoor())) {
            figures.add(new Figure(
                    "flowOverOutdoor", "flow minus outdoor temperature", round(heating.flowOverOutdoor(), 1), "K"));
        }
        figures.add(new Figure(
                "fleetSpfAtFlow",
                "SPF of systems like yours at this flow temperature (" + references.text("spf-fit-intercept") + ")",
                round(spf, 2),
                ""));
        long[] bounds = evidence.bounds(coldest);
        return RULE.finding(
                severity,
                summary,
                figures,
                reference,
                severity == Severity.OK ? FINE : LOWER,
                List.of(evidence.links()
                        .span(
                                bounds[0],
                                bounds[1],
                                coldest.day + ", the coldest day: flow " + number(flow, 1) + " °C",
                                Links.FLOW,
                                Links.RETURN,
                                Links.RETURN_TARGET,
                                Links.OUTDOOR)));
    }

    private static Double flow(Evidence evidence, DaySummary day) {
        int index = evidence.dayIndex(day);
        return index < 0 ? null : evidence.pass().heating().dayFlow(index);
    }
}
