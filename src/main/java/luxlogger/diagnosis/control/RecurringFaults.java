package luxlogger.diagnosis.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;

/**
 * Rule 11: the same error code twice or more in the period is a warning, the same switch-off reason twice or more a
 * notice, from the event journal (the controller's history at the first poll left out). The ends of normal operation
 * are no fault: no request (9, 22), utility lock (4), air defrost (5).
 */
final class RecurringFaults implements Check {

    static final Rule RULE = new Rule(11, "recurring-faults", "Recurring faults");

    /** Switch-off reasons that end normal operation (codes.tsv SwitchoffFile). */
    static final Set<Integer> NORMAL = Set.of(4, 5, 9, 22);

    private static final int KEPT = 5;

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Finding check(Evidence evidence) {
        Map<Integer, List<JournalEvent>> errors = byCode(evidence.events(EventKind.ERROR));
        Map<Integer, List<JournalEvent>> switchOffs = byCode(evidence.events(EventKind.SWITCH_OFF).stream()
                .filter(event -> event.code == null || !NORMAL.contains(event.code))
                .toList());
        List<List<JournalEvent>> repeatedErrors = repeated(errors);
        List<List<JournalEvent>> repeatedSwitchOffs = repeated(switchOffs);
        Severity severity = !repeatedErrors.isEmpty()
                ? Severity.WARNING
                : !repeatedSwitchOffs.isEmpty() ? Severity.NOTICE : Severity.OK;
        List<List<JournalEvent>> shown = !repeatedErrors.isEmpty() ? repeatedErrors : repeatedSwitchOffs;
        String kind = !repeatedErrors.isEmpty() ? "Error" : "Switch-off";
        List<String> sentences = new ArrayList<>();
        for (List<JournalEvent> same : shown) {
            sentences.add(kind + " " + same.get(0).text + " occurred " + Words.times(same.size()));
        }
        int errorCount = errors.values().stream().mapToInt(List::size).sum();
        int switchOffCount = switchOffs.values().stream().mapToInt(List::size).sum();
        String summary = severity == Severity.OK
                ? "No error or switch-off recurred (" + Words.count(errorCount, "error") + ", "
                        + Words.count(switchOffCount, "switch-off") + " besides the ends of normal operation)."
                : String.join("; ", sentences) + " in the period.";
        List<Figure> figures = new ArrayList<>();
        if (!shown.isEmpty()) {
            figures.add(new Figure(
                    "mostRepeated",
                    kind.toLowerCase(Locale.ROOT) + " " + shown.get(0).get(0).text,
                    shown.get(0).size(),
                    ""));
        }
        figures.add(new Figure("errors", "errors", errorCount, ""));
        figures.add(new Figure("switchOffs", "switch-offs besides the ends of normal operation", switchOffCount, ""));
        List<Span> spans = new ArrayList<>();
        shown.stream()
                .flatMap(List::stream)
                .limit(KEPT)
                .forEach(event -> spans.add(evidence.links()
                        .around(
                                event.time,
                                kind + " " + event.text,
                                Links.MODE,
                                Links.COMPRESSOR,
                                Links.FLOW,
                                Links.RETURN)));
        return RULE.finding(
                severity,
                summary,
                figures,
                evidence.references().reference("recurring-faults"),
                advice(severity, shown),
                spans);
    }

    private static Map<Integer, List<JournalEvent>> byCode(List<JournalEvent> events) {
        Map<Integer, List<JournalEvent>> byCode = new LinkedHashMap<>();
        // oldest first, so that the evidence reads in order
        events.stream()
                .sorted((a, b) -> Long.compare(a.time, b.time))
                .forEach(
                        event -> byCode.computeIfAbsent(event.code == null ? -1 : event.code, code -> new ArrayList<>())
                                .add(event));
        return byCode;
    }

    /** The codes with two or more events, most frequent first. */
    private static List<List<JournalEvent>> repeated(Map<Integer, List<JournalEvent>> byCode) {
        return byCode.values().stream()
                .filter(same -> same.size() >= 2)
                .sorted((a, b) -> Integer.compare(b.size(), a.size()))
                .toList();
    }

    private static Advice advice(Severity severity, List<List<JournalEvent>> shown) {
        if (severity == Severity.OK) {
            return new Advice("Nothing to do: no fault recurred.", "Nichts zu tun: kein Fehler trat wiederholt auf.");
        }
        JournalEvent first = shown.get(0).get(0);
        int count = shown.get(0).size();
        if (severity == Severity.WARNING) {
            return new Advice(
                    "Look up error " + first.text + " in the controller's manual and have the installer find its"
                            + " cause: it recurred " + Words.times(count) + ".",
                    "Schlagen Sie Fehler " + first.text + " in der Anleitung des Reglers nach und lassen Sie den"
                            + " Installateur die Ursache finden: er trat " + Words.mal(count) + " auf.");
        }
        return new Advice(
                "Look up switch-off reason " + first.text + " in the controller's manual: it recurred "
                        + Words.times(count) + ", which points to a setting or a fault worth checking.",
                "Schlagen Sie den Abschaltgrund " + first.text + " in der Anleitung des Reglers nach: er trat "
                        + Words.mal(count) + " auf, was auf eine Einstellung oder einen Fehler deutet, die zu prüfen"
                        + " sind.");
    }
}
