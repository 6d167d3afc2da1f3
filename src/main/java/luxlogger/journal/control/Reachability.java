package luxlogger.journal.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.readings.control.PollingHealth;

/**
 * Who was not there: the controller (a streak of failed polls between two successful ones is one {@code
 * unreachable}) or the logger itself (two observations, polls or failed polls, more than {@link
 * PollingHealth#INTERVALS} intervals apart are one {@code logger-down}: nothing was even tried in between).
 */
final class Reachability {

    /** What happened since the previous successful poll, as the next one arrives. */
    record Since(int failures, boolean gap) {

        /** True when the controller's state in between is unknown: a gap or failed polls. */
        boolean blind() {
            return failures > 0 || gap;
        }
    }

    private final Duration allowed;
    /** True when the walk starts at the controller's first poll, so that nothing can have been open before. */
    private final boolean first;

    private Instant last;
    private boolean gapSincePoll;
    private Instant streakStart;
    private String streakReason;
    private int streakCount;
    private boolean streakApproximate;

    Reachability(Duration interval, boolean first) {
        this.allowed = interval.multipliedBy(PollingHealth.INTERVALS);
        this.first = first;
    }

    /** The time of the last poll or failed poll, null before any. */
    Instant last() {
        return last;
    }

    void failed(Instant time, String reason, List<JournalEvent> out) {
        boolean opening = last == null;
        observe(time, out);
        if (streakStart == null) {
            streakStart = time;
            streakReason = reason;
            streakCount = 0;
            // a streak at the walk's first observation may have begun before it
            streakApproximate = opening && !first;
        }
        streakCount++;
    }

    /** A successful poll: ends a streak of failed polls; says what the poll follows. */
    Since polled(Instant time, List<JournalEvent> out) {
        observe(time, out);
        int failures = 0;
        if (streakStart != null) {
            failures = streakCount;
            String text = "controller unreachable: " + streakReason + " (" + streakCount + " failed "
                    + (streakCount == 1 ? "poll" : "polls") + ")";
            out.add(Events.span(EventKind.UNREACHABLE, streakStart, time, time, text, streakApproximate));
            streakStart = null;
            streakReason = null;
        }
        var since = new Since(failures, gapSincePoll);
        gapSincePoll = false;
        return since;
    }

    private void observe(Instant time, List<JournalEvent> out) {
        if (last != null && time.isBefore(last)) {
            throw new IllegalArgumentException("observation at " + time + " before the last one at " + last);
        }
        if (last != null && Duration.between(last, time).compareTo(allowed) > 0) {
            String text = "logger not running for " + Events.duration(Duration.between(last, time));
            out.add(Events.span(EventKind.LOGGER_DOWN, last, time, time, text, false));
            gapSincePoll = true;
        }
        last = time;
    }
}
