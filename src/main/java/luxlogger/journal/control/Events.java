package luxlogger.journal.control;

import java.time.Duration;
import java.time.Instant;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/** How the rules make events and read raw values, so that every rule writes them the same way. */
final class Events {

    private Events() {}

    /**
     * A new event of controller 0 (the caller knows the controller), not history, not approximate.
     *
     * @param detected the poll or failed poll whose arrival completed the event
     */
    static JournalEvent event(EventKind kind, Instant time, String subject, Instant detected, String text) {
        var event = new JournalEvent();
        event.kind = kind.key();
        event.time = time.toEpochMilli();
        event.subject = subject;
        event.detected = detected.toEpochMilli();
        event.text = text;
        return event;
    }

    /** An interval event from {@code start} to {@code end}. */
    static JournalEvent span(
            EventKind kind, Instant start, Instant end, Instant detected, String text, boolean approximate) {
        JournalEvent event = event(kind, start, "", detected, text);
        event.ended = end.toEpochMilli();
        event.approximate = approximate;
        return event;
    }

    /** A calculation's raw value, or {@code missing} where the controller's array is too short for it. */
    static int calculation(Snapshot snapshot, int index, int missing) {
        return snapshot.has(Group.CALCULATIONS, index) ? snapshot.calculations()[index] : missing;
    }

    /** True when both polls hold a calculation. */
    static boolean both(Snapshot prev, Snapshot cur, int index) {
        return prev.has(Group.CALCULATIONS, index) && cur.has(Group.CALCULATIONS, index);
    }

    /** A time span for people: "45 s", "22 min", "2 h 5 min". */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = (seconds + 30) / 60;
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** The later of two instants. */
    static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** An instant held within {@code [from, to]}. */
    static Instant within(Instant time, Instant from, Instant to) {
        return time.isBefore(from) ? from : time.isAfter(to) ? to : time;
    }
}
