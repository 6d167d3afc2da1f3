package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;
import static luxlogger.diagnosis.control.Words.zahl;

import java.util.ArrayList;
import java.util.List;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;

/**
 * Rule 7: the hot-water share of the electricity and the hot-water COP, each judged against the fleet (the worse
 * decides and comes first), with the setpoint, reheats and disinfection runs, and what systems like yours reach with
 * them. The advice states the trade-off between comfort, hygiene and cost, and never goes below 50 °C.
 */
final class HotWater implements Check {

    static final Rule RULE = new Rule(7, "hot-water", "Hot water");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        Double hotWater = evidence.total(day -> day.electricHotWater);
        Double all = evidence.total(day -> day.electricTotal);
        if (hotWater == null || all == null || all <= 0) {
            return RULE.unsupported("no electricity counters");
        }
        References references = evidence.references();
        HotWaterRuns runs = evidence.pass().hotWater();
        double share = 100 * hotWater / all;
        Reference reference = references.reference("hot-water-share");
        Severity severity = reference.judge(share);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("hotWaterShare", "hot water's share of the electricity", round(share, 1), "%"));
        Double heat = evidence.total(day -> day.heatHotWater);
        Double cop = heat != null && hotWater >= 0.1 ? heat / hotWater : null;
        if (cop != null) {
            Reference copReference = references.reference("hot-water-cop");
            Figure copFigure = new Figure("hotWaterCop", "hot-water COP, controller-reported", round(cop, 2), "");
            Severity copSeverity = copReference.judge(cop);
            boolean worse = copSeverity.ordinal() > severity.ordinal();
            figures.add(worse ? 0 : 1, copFigure);
            severity = worse ? copSeverity : severity;
            reference = worse ? copReference : reference;
        }
        double setpoint = runs.setpoint();
        boolean hot = setpoint > references.value("hot-water-lowest");
        if (!Double.isNaN(setpoint)) {
            figures.add(new Figure("setpoint", "hot-water setpoint", setpoint, "°C"));
            if (hot) {
                figures.add(fleet(references, "hot-water-cop-above-50", "fleetCopAbove50", "a setpoint above 50 °C"));
            } else if (setpoint <= references.value("hot-water-setpoint-low")) {
                figures.add(fleet(
                        references, "hot-water-cop-47-or-less", "fleetCop47OrLess", "a setpoint of 47 °C or less"));
            }
        }
        double days = evidence.coveredDays();
        figures.add(new Figure("reheatsPerDay", "hot-water runs a day", round(runs.runs() / days, 1), "1/d"));
        figures.add(new Figure(
                "disinfectionRuns",
                "disinfection runs (tank at 60 °C above a lower setpoint)",
                runs.disinfections(),
                ""));
        boolean disinfecting = runs.disinfections() > 0;
        figures.add(
                disinfecting
                        ? fleet(
                                references,
                                "hot-water-cop-disinfection",
                                "fleetCopDisinfection",
                                "a weekly disinfection run")
                        : fleet(
                                references,
                                "hot-water-cop-no-disinfection",
                                "fleetCopNoDisinfection",
                                "no weekly disinfection run"));
        String summary = "Hot water took " + number(share, 0) + " % of the electricity"
                + (Double.isNaN(setpoint) ? "" : " at a " + number(setpoint, 0) + " °C setpoint")
                + (cop == null ? "" : " (COP " + number(cop, 1) + ")") + "; "
                + Words.count(runs.disinfections(), "disinfection run") + ", " + number(runs.runs() / days, 1)
                + " reheats a day.";
        var spans = runs.disinfectionRuns().stream()
                .map(run -> evidence.links()
                        .span(
                                run[0],
                                run[1],
                                "disinfection run",
                                Links.TANK,
                                Links.HOT_WATER_TARGET,
                                Links.MODE,
                                Links.BACKUP_HEATER))
                .toList();
        return RULE.finding(
                severity, summary, figures, reference, advice(references, severity, hot, disinfecting), spans);
    }

    private static Figure fleet(References references, String id, String key, String with) {
        return new Figure(key, "hot-water COP of systems like yours with " + with, references.value(id), "");
    }

    /** One sentence each, by what stands out; never a setpoint below 50 °C (DVGW W 551). */
    static Advice advice(References r, Severity severity, boolean hotSetpoint, boolean disinfecting) {
        String above = number(r.value("hot-water-cop-above-50"), 2);
        String über = zahl(r.value("hot-water-cop-above-50"), 2);
        String weekly = number(r.value("hot-water-cop-disinfection"), 2);
        String wöchentlich = zahl(r.value("hot-water-cop-disinfection"), 2);
        String keep = ", and keep the setpoint at 50 °C or above (DVGW W 551).";
        String lassen = ", und lassen Sie den Sollwert bei 50 °C oder darüber (DVGW W 551).";
        if (severity == Severity.OK) {
            return new Advice(
                    "Nothing to change: hot water takes no more electricity than in the typical system" + keep,
                    "Nichts zu ändern: Warmwasser braucht nicht mehr Strom als in der typischen Anlage" + lassen);
        }
        if (hotSetpoint && disinfecting) {
            return new Advice(
                    "Weigh comfort and hygiene against cost: a setpoint nearer 50 °C and fewer disinfection runs use"
                            + " less electricity (systems like yours reach a hot-water COP of " + above
                            + " above 50 °C, " + weekly
                            + " with a weekly disinfection run), but never set it below 50 °C"
                            + " (DVGW W 551).",
                    "Wägen Sie Komfort und Hygiene gegen die Kosten ab: ein Sollwert näher an 50 °C und weniger"
                            + " Desinfektionsläufe brauchen weniger Strom (Anlagen wie Ihre erreichen über 50 °C einen"
                            + " Warmwasser-COP von " + über + ", mit wöchentlicher Desinfektion " + wöchentlich
                            + "), stellen Sie ihn aber nie unter 50 °C (DVGW W 551).");
        }
        if (hotSetpoint) {
            String low = number(r.value("hot-water-cop-47-or-less"), 2);
            return new Advice(
                    "Weigh comfort and hygiene against cost: a setpoint nearer 50 °C uses less electricity (systems"
                            + " like yours reach a hot-water COP of " + above + " above 50 °C against " + low
                            + " at 47 °C or less), but never set it below 50 °C (DVGW W 551).",
                    "Wägen Sie Komfort und Hygiene gegen die Kosten ab: ein Sollwert näher an 50 °C braucht weniger"
                            + " Strom (Anlagen wie Ihre erreichen über 50 °C einen Warmwasser-COP von " + über
                            + ", bei 47 °C oder weniger " + zahl(r.value("hot-water-cop-47-or-less"), 2)
                            + "), stellen Sie ihn aber nie unter 50 °C (DVGW W 551).");
        }
        if (disinfecting) {
            String without = number(r.value("hot-water-cop-no-disinfection"), 2);
            return new Advice(
                    "Weigh hygiene against cost: fewer disinfection runs use less electricity (systems like yours reach"
                            + " a hot-water COP of " + weekly + " with a weekly run against " + without + " without)"
                            + keep,
                    "Wägen Sie Hygiene gegen die Kosten ab: weniger Desinfektionsläufe brauchen weniger Strom (Anlagen"
                            + " wie Ihre erreichen mit wöchentlichem Lauf einen Warmwasser-COP von " + wöchentlich
                            + ", ohne " + zahl(r.value("hot-water-cop-no-disinfection"), 2) + ")" + lassen);
        }
        return new Advice(
                "Weigh comfort against cost: hot water takes more than in most systems, so check how often and how long"
                        + " the tank reheats" + keep,
                "Wägen Sie Komfort gegen die Kosten ab: Warmwasser braucht mehr als in den meisten Anlagen, prüfen Sie"
                        + " also, wie oft und wie lange der Speicher nachheizt" + lassen);
    }
}
