package luxlogger.journal.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import luxlogger.journal.control.JournalReader.Progress;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.entity.PollFailure;

/**
 * One run of a controller's journal (docs/design-13-journal.md §5): the usual append, in which the walker in
 * memory continues over the polls stored since, or a recomputation of a range from the stored polls and failed
 * polls, merged in time order, one write per day.
 */
final class JournalWalk {

    private static final Logger LOG = System.getLogger(JournalWalk.class.getName());
    /** Bumped by a release that changes a rule: the journal is then computed again from the first poll. */
    static final int RULES = 2;
    /** How far a recomputation walks back before its range: longer than any span left open (a utility lock, a hot-water run). */
    static final Duration LOOK_BACK = Duration.ofHours(6);
    /**
     * How far the stored progress may lag behind appends that found no event: each such write took SQLite's single
     * writer from the polls (50 controllers every 5 s: the polls' commit p99 went from 25 to 290 ms). A restart walks
     * from the stored progress anyway, a little further then.
     */
    static final Duration PROGRESS_EVERY = Duration.ofMinutes(5);
    /** What one write transaction holds at most. */
    static final Duration CHUNK = Duration.ofDays(1);

    private final JournalReader reader;
    private final JournalStore store;
    private final PollReader polls;
    private final Catalog catalog;
    private final Duration interval;

    JournalWalk(JournalReader reader, JournalStore store, PollReader polls, Catalog catalog, Duration interval) {
        this.reader = reader;
        this.store = store;
        this.polls = polls;
        this.catalog = catalog;
        this.interval = interval;
    }

    /**
     * Brings the journal of a controller up to its newest stored poll (or the newest failed poll of the span),
     * taking the polls and failed polls stored in {@code span} into account. Holds the track's lock.
     *
     * @return how many errors were entered that are not history
     */
    int update(Track track, Track.Span span) {
        String name = track.name();
        Optional<Integer> number = reader.number(name);
        Optional<Instant> lastPoll = number.flatMap(reader::lastPoll);
        if (lastPoll.isEmpty()) {
            return 0;
        }
        // failed polls after the newest poll come with a span of their own (PollsStored covers them)
        Instant newest =
                span.last().equals(Instant.MAX) || span.last().isBefore(lastPoll.get()) ? lastPoll.get() : span.last();
        Optional<Progress> progress = reader.progress(number.get());
        boolean current = progress.filter(p -> p.rules() == RULES).isPresent();
        Walker walker = track.walker();
        Instant position = walker == null ? null : walker.last();
        if (current && position != null && span.first().isAfter(position)) {
            return newest.isAfter(position) ? append(name, number.get(), track, walker, newest) : 0;
        }
        Instant firstPoll = polls.firstPollTime(name).orElseThrow();
        Instant from;
        if (current) {
            Instant through = progress.get().through();
            from = span.first().isBefore(through) ? span.first() : through;
        } else {
            // no journal yet, or one of older rules: the whole history, in the background
            from = firstPoll;
        }
        // late polls before the walker's position: the range to the poll after them, and the walker stays
        boolean keep = current && position != null && span.last().isBefore(position);
        Instant to =
                keep ? reader.firstPoll(number.get(), span.last().plusMillis(1)).orElse(span.last()) : newest;
        int rules = current ? RULES : progress.map(Progress::rules).orElse(RULES);
        // the first-poll rule: a walk that starts before the controller's first stored poll takes its slots as history
        Walker fresh = new Walker(catalog, interval, !firstPoll.isBefore(from.minus(LOOK_BACK)));
        int errors = recompute(name, number.get(), fresh, from, to, rules);
        if (!keep) {
            track.walker(fresh);
        }
        return errors;
    }

    private int append(String name, int number, Track track, Walker walker, Instant to) {
        Instant from = walker.last().plusMillis(1);
        walk(walker, name, from, to.plusMillis(1));
        List<JournalEvent> events = walker.drain();
        Instant recorded = track.recorded();
        if (events.isEmpty() && recorded != null && walker.last().isBefore(recorded.plus(PROGRESS_EVERY))) {
            return 0;
        }
        int errors = store.replace(number, from, to, events, walker.last(), RULES);
        track.recorded(walker.last());
        return errors;
    }

    /**
     * Walks from {@link #LOOK_BACK} before {@code from} to {@code to}, or further to the end of a stored span that
     * reaches into the range, and replaces the events detected in the range, a day per transaction.
     *
     * @param rules the rules to record until the last day is written, which records the current ones
     */
    private int recompute(String name, int number, Walker walker, Instant from, Instant to, int rules) {
        Instant start = from.minus(LOOK_BACK);
        Instant end = reader.reach(number, from, to).filter(to::isBefore).orElse(to);
        int errors = 0;
        for (Instant chunk = start; !chunk.isAfter(end); chunk = chunk.plus(CHUNK)) {
            Instant until = min(chunk.plus(CHUNK), end.plusMillis(1));
            walk(walker, name, chunk, until);
            var events = walker.drain();
            if (until.isAfter(from)) {
                boolean last = !until.isBefore(end.plusMillis(1));
                Instant kept = chunk.isBefore(from) ? from : chunk;
                errors +=
                        store.replace(number, kept, until.minusMillis(1), events, walker.last(), last ? RULES : rules);
            }
        }
        LOG.log(Level.DEBUG, "Journal of {0} computed from {1} to {2}", name, from, end);
        return errors;
    }

    /** Hands the walker the polls and failed polls of {@code [from, to)} in time order. */
    private void walk(Walker walker, String name, Instant from, Instant to) {
        List<PollFailure> failed = polls.failedPolls(name, from, to);
        var failures = new Object() {
            int next;

            void until(Instant time) {
                for (; next < failed.size() && !failed.get(next).time().isAfter(time); next++) {
                    walker.failed(failed.get(next).time(), failed.get(next).reason());
                }
            }
        };
        AtomicLong unreadable = new AtomicLong();
        polls.forEach(
                name,
                from,
                to,
                snapshot -> {
                    failures.until(snapshot.time());
                    walker.poll(snapshot);
                },
                problem -> unreadable.incrementAndGet());
        failures.until(Instant.MAX);
        if (unreadable.get() > 0) {
            LOG.log(
                    Level.WARNING,
                    "Journal of {0} from {1} to {2}: {3} unreadable polls left out",
                    name,
                    from,
                    to,
                    unreadable);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
