package luxlogger.journal.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The runs of one compressor, from its output (running or not), its run-time counter and its start counter. For
 * compressor 1 the controller also says how long the current run has lasted (C67) and how long it has stood still
 * (C73), so a run seen at both ends gets its exact start and stop. Runs the polls did not see whole (several starts
 * between two polls, a run wholly between them) become one approximate row with their summed run time.
 */
final class Compressor {

    // compressor 1's timers: seconds since the current run started (C67) and since the last one stopped (C73)
    private static final int RUN_TIMER = 67;
    private static final int STANDSTILL_TIMER = 73;

    private final String name;
    private final int output;
    private final int seconds;
    private final int starts;
    private final boolean timers;

    // the open run: when it started, the run-time counter at that moment, whether the start is a guess
    private Instant start;
    private long counterAtStart;
    private boolean startApproximate;

    /**
     * @param timers true for compressor 1, whose run and standstill timers tell its start and stop to the second
     */
    Compressor(String name, int output, int seconds, int starts, boolean timers) {
        this.name = name;
        this.output = output;
        this.seconds = seconds;
        this.starts = starts;
        this.timers = timers;
    }

    /** The walk's first poll: a run already going may have begun before anything the walk knows. */
    void begin(Snapshot first) {
        if (known(first) && running(first)) {
            // the run timer tells when it started; only whether runs were missed before is unknown
            open(first, Instant.EPOCH, true);
        }
    }

    void step(Snapshot prev, Snapshot cur, List<JournalEvent> out) {
        if (!known(prev) || !known(cur)) {
            start = null;
            return;
        }
        boolean was = running(prev) && start != null;
        boolean is = running(cur);
        long began = Math.max(0, (long) cur.calculations()[starts] - prev.calculations()[starts]);
        if (began > Duration.between(prev.time(), cur.time()).toMinutes() + 1) {
            // more starts than a compressor's minimum standstill lets fit: a counter read wrong or reset, no runs
            began = 0;
        }
        // runs that ended between the polls: those going at prev or started since, less the one going now
        long ended = began + (was ? 1 : 0) - (is ? 1 : 0);
        if (ended > 0) {
            out.add(ended(prev, cur, was, is, began, ended));
        }
        if (is && (!was || began > 0)) {
            open(cur, prev.time(), false);
        } else if (!is) {
            start = null;
        }
    }

    private JournalEvent ended(Snapshot prev, Snapshot cur, boolean was, boolean is, long began, long ended) {
        Instant stop;
        if (!timers) {
            stop = cur.time();
        } else if (is) {
            // the runs that ended did so before the current one started
            stop = cur.time().minusSeconds(cur.calculations()[RUN_TIMER]);
        } else {
            stop = cur.time().minusSeconds(cur.calculations()[STANDSTILL_TIMER]);
        }
        stop = Events.within(stop, prev.time(), cur.time());
        long base = was ? counterAtStart : prev.calculations()[seconds];
        long current = is && timers ? cur.calculations()[RUN_TIMER] : 0;
        long counted = Math.max(0, cur.calculations()[seconds] - base - current);
        boolean exact = timers && was && !is && began == 0 && !startApproximate;
        Instant from;
        if (was) {
            from = start;
        } else if (ended == 1) {
            from = Events.latest(prev.time(), stop.minusSeconds(counted));
        } else {
            from = prev.time();
        }
        // the runs lie between from and stop, whatever a counter says
        long ran = Math.min(counted, Duration.between(from, stop).toSeconds());
        String text;
        if (exact) {
            text = name + " ran " + Events.duration(Duration.between(from, stop));
        } else if (ended == 1) {
            text = name + " ran about " + Events.duration(Duration.ofSeconds(ran));
        } else {
            text = name + ": " + ended + " runs, " + Events.duration(Duration.ofSeconds(ran)) + " in all";
        }
        JournalEvent event = Events.span(EventKind.COMPRESSOR_RUN, from, stop, cur.time(), text, !exact);
        event.subject = name;
        return event;
    }

    private void open(Snapshot poll, Instant earliest, boolean approximate) {
        long running = timers ? poll.calculations()[RUN_TIMER] : 0;
        start = Events.latest(earliest, poll.time().minusSeconds(running));
        counterAtStart = poll.calculations()[seconds] - running;
        startApproximate = approximate || !timers;
    }

    private boolean running(Snapshot poll) {
        return poll.calculations()[output] != 0;
    }

    private boolean known(Snapshot poll) {
        int last = Math.max(Math.max(output, seconds), Math.max(starts, timers ? STANDSTILL_TIMER : 0));
        return poll.has(Group.CALCULATIONS, last);
    }
}
