package luxlogger.journal.control;

import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One controller's journal in memory: the walker that continues where the stored journal ends, and the spans of
 * polls stored since the last run, merged into one, so that a burst of commits (a spill replay) costs one run.
 */
final class Track {

    /** Asks for a run that brings the journal up to the newest stored poll, without new polls to name. */
    static final Span CATCH_UP = new Span(Instant.MAX, Instant.MAX);

    private final String name;
    /** Held for each run: two runs of one controller never overlap. */
    private final ReentrantLock lock = new ReentrantLock();

    private Span pending;
    private boolean scheduled;
    /** The walk as far as the stored journal goes; null when it must be computed again. Guarded by the lock. */
    private Walker walker;

    private Instant recorded;

    /** The earliest and the latest of the polls a run must take into account. */
    record Span(Instant first, Instant last) {

        Span union(Span other) {
            return new Span(
                    first.isBefore(other.first) ? first : other.first, last.isAfter(other.last) ? last : other.last);
        }
    }

    Track(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    ReentrantLock lock() {
        return lock;
    }

    /**
     * Adds a span for the next run.
     *
     * @return true when no run is scheduled yet: the caller schedules one
     */
    synchronized boolean request(Span span) {
        pending = pending == null ? span : pending.union(span);
        boolean schedule = !scheduled;
        scheduled = true;
        return schedule;
    }

    /** Adds a span for the next run without scheduling one: it comes with the next request. */
    synchronized void defer(Span span) {
        pending = pending == null ? span : pending.union(span);
    }

    /** The span of the next run, or null when there is none (the scheduled run ends). */
    synchronized Span take() {
        Span next = pending;
        pending = null;
        scheduled = next != null;
        return next;
    }

    /** The scheduled run could not start: the next request schedules one. */
    synchronized void unscheduled() {
        scheduled = false;
    }

    Walker walker() {
        return walker;
    }

    void walker(Walker walker) {
        this.walker = walker;
    }

    /** The progress this run last wrote, the newest poll it covered; null before the first. Under the lock. */
    Instant recorded() {
        return recorded;
    }

    void recorded(Instant through) {
        this.recorded = through;
    }
}
