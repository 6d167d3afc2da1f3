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

/**
 * Rule 9: backup-heater hours while the outdoor temperature is above its release temperature P90 (any is a warning),
 * and its share of the electricity against the small sample's median (beyond it a notice). Its electricity is taken
 * as its heat (P1059 + P1140), added to the controller's electricity: whether P1136/P1137 hold it is not established.
 */
final class BackupHeaterCheck implements Check {

    static final Rule RULE = new Rule(9, "backup-heater", "Backup heater");

    private static final Advice ABOVE_RELEASE = new Advice(
            "Check the bivalence settings, such as the release temperature P90 ID_Einst_ZWEFreig_akt, and the error"
                    + " slots: above its release temperature the backup heater should stay off.",
            "Prüfen Sie die Bivalenz-Einstellungen wie die Freigabetemperatur P90 ID_Einst_ZWEFreig_akt und den"
                    + " Fehlerspeicher: oberhalb seiner Freigabetemperatur sollte der Heizstab aus bleiben.");
    private static final Advice MUCH = new Advice(
            "Check the settings and the error slots: the backup heater takes more of the electricity than in most"
                    + " metered systems.",
            "Prüfen Sie die Einstellungen und den Fehlerspeicher: der Heizstab braucht einen größeren Teil des Stroms"
                    + " als in den meisten gemessenen Anlagen.");
    private static final Advice FINE = new Advice(
            "Nothing to change: the backup heater stays off above its release temperature.",
            "Nichts zu ändern: oberhalb seiner Freigabetemperatur bleibt der Heizstab aus.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        BackupHeater backup = evidence.pass().backup();
        if (!backup.counted()) {
            return RULE.unsupported("no backup-heater hours counter (C60-C62)");
        }
        Double share = share(evidence);
        double release = backup.release();
        if (Double.isNaN(release) && share == null) {
            return RULE.unsupported("no release temperature (P90) and no backup-heater heat counter (P1059/P1140)");
        }
        References references = evidence.references();
        List<Figure> figures = new ArrayList<>();
        Severity severity = Severity.OK;
        Reference reference = null;
        Advice advice = FINE;
        // judged as shown, to a tenth of an hour: the polls' 30 s at the edges of a disinfection run are no fault
        double above = round(
                Math.max(
                        0,
                        backup.hoursAboveRelease() - evidence.pass().hotWater().auxHoursAboveReleaseInDisinfection()),
                1);
        if (!Double.isNaN(release)) {
            reference = references.reference("aux-above-release");
            severity = reference.judge(above);
            advice = severity == Severity.OK ? FINE : ABOVE_RELEASE;
            figures.add(new Figure(
                    "hoursAboveRelease",
                    "backup heater hours above its release temperature, disinfection runs left out",
                    round(above, 1),
                    "h"));
        }
        if (share != null) {
            Reference shareReference = references.reference("aux-share");
            Severity shareSeverity = shareReference.judge(share);
            boolean worse = shareSeverity.ordinal() > severity.ordinal();
            figures.add(
                    worse ? 0 : figures.size(),
                    new Figure("auxShare", "backup heater's share of the electricity", round(share, 1), "%"));
            if (worse || reference == null) {
                severity = shareSeverity;
                reference = shareReference;
                advice = severity == Severity.OK ? FINE : MUCH;
            }
        }
        figures.add(new Figure("auxHours", "backup heater hours", round(backup.hours(), 1), "h"));
        figures.add(new Figure(
                "auxHoursHotWater",
                "backup heater hours in hot-water runs that were no disinfection run",
                round(evidence.pass().hotWater().auxHoursOutsideDisinfection(), 1),
                "h"));
        String summary = Double.isNaN(release)
                ? "The backup heater ran " + number(backup.hours(), 1) + " hours, " + number(share, 1)
                        + " % of the electricity."
                : "The backup heater ran " + number(above, 1)
                        + " hours above its release temperature of " + number(release, 1)
                        + " °C outside disinfection runs, "
                        + number(backup.hours(), 1) + " hours in all.";
        List<Span> spans = (above > 0 ? backup.aboveRelease() : List.<Episodes.Episode>of())
                .stream()
                        .map(episode -> evidence.links()
                                .span(
                                        episode.from(),
                                        episode.to(),
                                        "backup heater on above its release temperature",
                                        Links.OUTDOOR,
                                        Links.BACKUP_HEATER,
                                        Links.MODE,
                                        Links.FLOW))
                        .toList();
        return RULE.finding(severity, summary, figures, reference, advice, spans);
    }

    /** The heater's heat (as its electricity) over all electricity, percent; null without both. */
    private static Double share(Evidence evidence) {
        Double aux = evidence.total(day -> day.heatAux);
        Double electricity = evidence.total(day -> day.electricTotal);
        if (aux == null || electricity == null || aux + electricity <= 0) {
            return null;
        }
        return 100 * aux / (aux + electricity);
    }
}
