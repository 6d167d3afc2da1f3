package luxlogger.diagnosis.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import luxlogger.journal.control.JournalReader;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;

/** What the rules take from a controller's journal: a period's errors, switch-offs and unreachable spans. */
final class PeriodEvents {

    private static final List<EventKind> KINDS = List.of(EventKind.ERROR, EventKind.SWITCH_OFF, EventKind.UNREACHABLE);
    private static final int PAGE = 1_000;

    private PeriodEvents() {}

    /** The events of {@code [from, to)} by their time, without the history the controller's first poll held. */
    static List<JournalEvent> of(JournalReader journal, String controller, Instant from, Instant to) {
        Optional<Integer> number = journal.number(controller);
        List<JournalEvent> events = new ArrayList<>();
        if (number.isEmpty() || !to.isAfter(from)) {
            return events;
        }
        for (int page = 0; ; page++) {
            List<JournalEvent> rows =
                    journal.page(number.get(), from, to, KINDS, page, PAGE).events();
            rows.stream().filter(event -> !event.history).forEach(events::add);
            if (rows.size() < PAGE) {
                return events;
            }
        }
    }
}
