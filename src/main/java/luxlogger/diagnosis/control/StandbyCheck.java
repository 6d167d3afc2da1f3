package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;

import java.util.List;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;

/**
 * Rule 10: electricity while the compressor is off, as what it costs the period's COP (heat over electricity without
 * it, minus with it) and in kWh a year; only where the electricity moves while the compressor is off.
 */
final class StandbyCheck implements Check {

    static final Rule RULE = new Rule(10, "standby", "Standby");

    private static final Advice HIGH = new Advice(
            "Ask the installer about the crankcase heater and the circulation pumps, which use electricity while the"
                    + " compressor is off.",
            "Fragen Sie den Installateur nach der Kurbelwannenheizung und den Umwälzpumpen, die Strom brauchen, während"
                    + " der Verdichter steht.");
    private static final Advice FINE = new Advice(
            "Nothing to change: the unit uses little electricity while the compressor is off.",
            "Nichts zu ändern: das Gerät braucht wenig Strom, während der Verdichter steht.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        Standby standby = evidence.pass().standby();
        if (!standby.measured()) {
            return RULE.unsupported("no electricity counters or power reading");
        }
        double kwh = standby.kwh();
        if (kwh <= 0) {
            return RULE.unsupported("the electricity does not move while the compressor is off");
        }
        Double heat = evidence.total(day -> day.heatTotal);
        Double electricity = evidence.total(day -> day.electricTotal);
        if (heat == null || electricity == null || electricity <= kwh) {
            return RULE.unsupported("no heat meter or too little electricity to tell a COP");
        }
        double cost = heat / (electricity - kwh) - heat / electricity;
        double perYear = kwh / evidence.coveredDays() * 365;
        Reference reference = evidence.references().reference("standby-cop");
        Severity severity = reference.judge(cost);
        String summary = "The heat pump used " + number(kwh, 1) + " kWh while the compressor was off, about "
                + number(perYear, 0) + " kWh a year, which costs " + number(cost, 2) + " of its COP"
                + (severity == Severity.OK ? "." : ": a crankcase heater or pumps may run on.");
        return RULE.finding(
                severity,
                summary,
                List.of(
                        new Figure("standbyCopCost", "COP lost to standby", round(cost, 2), ""),
                        new Figure(
                                "standbyKwhPerYear",
                                "standby a year (fleet median "
                                        + number(evidence.references().value("standby-kwh-year"), 0) + " kWh)",
                                round(perYear, 0),
                                "kWh"),
                        new Figure(
                                "standbyKwh",
                                "electricity while the compressor was off (" + standby.method() + ")",
                                round(kwh, 2),
                                "kWh")),
                reference,
                severity == Severity.OK ? FINE : HIGH,
                List.of());
    }
}
