package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;
import static luxlogger.diagnosis.control.Words.round;

import java.util.List;
import luxlogger.diagnosis.control.Episodes.Episode;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;

/**
 * Rule 5: DIAGNOSTICS.md gives no number, only the signs: the return stays below its target while the compressor
 * runs without a break, and the backup heater comes on in heating mode. Any such time is a notice.
 */
final class CurveTooLow implements Check {

    static final Rule RULE = new Rule(5, "heating-curve-too-low", "Heating curve too low");

    private static final Advice RAISE = new Advice(
            "Raise the heating curve a little, or check the bivalence settings such as the backup heater's release"
                    + " temperature (P90 ID_Einst_ZWEFreig_akt).",
            "Heben Sie die Heizkurve etwas an, oder prüfen Sie die Bivalenz-Einstellungen wie die Freigabetemperatur"
                    + " des Heizstabs (P90 ID_Einst_ZWEFreig_akt).");
    private static final Advice FINE = new Advice(
            "Nothing to change: the compressor keeps the return at its target without the backup heater.",
            "Nichts zu ändern: der Verdichter hält den Rücklauf ohne Heizstab auf seinem Sollwert.");

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
        double hours = backup.hoursCurveLow();
        Severity severity = hours > 0 ? Severity.NOTICE : Severity.OK;
        String summary = severity == Severity.OK
                ? "The compressor kept the return at its target without the backup heater."
                : "The backup heater helped in heating for " + number(hours, 1)
                        + " hours while the compressor ran on and the return stayed below its target: the heating"
                        + " curve may be too low.";
        List<Span> spans = backup.curveLow().stream()
                .map((Episode episode) -> evidence.links()
                        .span(
                                episode.from(),
                                episode.to(),
                                "backup heater on, return below its target",
                                Links.RETURN,
                                Links.RETURN_TARGET,
                                Links.BACKUP_HEATER,
                                Links.OUTDOOR))
                .toList();
        return RULE.finding(
                severity,
                summary,
                List.of(new Figure(
                        "curveLowHours",
                        "backup heater hours in heating with the return below its target",
                        round(hours, 1),
                        "h")),
                evidence.references().reference("curve-too-low"),
                severity == Severity.OK ? FINE : RAISE,
                spans);
    }
}
