package luxlogger.diagnosis.control;

import java.util.List;
import luxlogger.diagnosis.control.Episodes.Episode;

/**
 * How much of the period the polls cover (rule 12, and the 90 % every other rule needs), by the day summaries'
 * rule: each poll covers the time to the next one, unless they are more than three poll intervals apart (ENERGY.md
 * §5); and the clock hours without any poll.
 */
final class Coverage {

    static final int GAP_INTERVALS = 3;
    private static final long HOUR = 3_600_000L;
    private static final int KEPT = 5;

    private final long from;
    private final long end;
    private final long interval;
    private final Episodes gaps = new Episodes(KEPT);
    private long covered;
    private long last = Long.MIN_VALUE;
    private boolean closed;
    private long lastHour;
    private long emptyHours;
    private int polls;

    /** @param end the end of the period, or now when that is earlier */
    Coverage(long from, long end, long interval) {
        this.from = from;
        this.end = end;
        this.interval = interval;
        this.lastHour = Math.floorDiv(from, HOUR) - 1;
    }

    /** Every poll of the pass, in time order. */
    void poll(long millis) {
        if (closed) {
            return;
        }
        if (last == Long.MIN_VALUE && millis > from) {
            // the lead-in before the first poll, as the day summaries have it
            long lead = Math.min(millis, end) - from;
            if (lead <= interval) {
                covered += lead;
            } else {
                gaps.add(from, Math.min(millis, end));
            }
        } else if (last != Long.MIN_VALUE && millis > from) {
            long start = Math.max(last, from);
            long stop = Math.min(millis, end);
            if (millis - last <= GAP_INTERVALS * interval) {
                covered += Math.max(0, stop - start);
            } else if (stop > start) {
                gaps.add(start, stop);
            }
        }
        last = millis;
        if (millis >= end) {
            closed = true;
            return;
        }
        if (millis >= from) {
            polls++;
            long hour = Math.floorDiv(millis, HOUR);
            emptyHours += Math.max(0, hour - lastHour - 1);
            lastHour = Math.max(lastHour, hour);
        }
    }

    /** Ends the period: the last poll's time to its end, when no poll came after it. */
    void finish() {
        if (!closed) {
            if (last == Long.MIN_VALUE) {
                gaps.add(from, end);
            } else if (end - Math.max(last, from) <= GAP_INTERVALS * interval) {
                covered += Math.max(0, end - Math.max(last, from));
            } else {
                gaps.add(Math.max(last, from), end);
            }
            closed = true;
        }
        emptyHours += Math.max(0, Math.floorDiv(end - 1, HOUR) - lastHour);
        lastHour = Math.floorDiv(end - 1, HOUR);
    }

    /** Percent of the period covered, 0-100. */
    double percent() {
        return end > from ? 100.0 * covered / (end - from) : 0;
    }

    /** The time covered, in days. */
    double coveredDays() {
        return covered / 86_400_000.0;
    }

    /** Hours of the period not covered. */
    double missingHours() {
        return Math.max(0, end - from - covered) / (double) HOUR;
    }

    /** Clock hours of the period in which no poll was stored. */
    long emptyHours() {
        return emptyHours;
    }

    int polls() {
        return polls;
    }

    /** The longest stretches not covered, in time order. */
    List<Episode> gaps() {
        return gaps.longest();
    }
}
