package luxlogger.diagnosis.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import luxlogger.diagnosis.control.Episodes.Episode;

/**
 * Compressor starts and runs (rule 1): starts from the start counter C57, each split into heating and hot water
 * by the operating mode C80 at the poll after it, because C57 counts both; run time from C56; and the shortest
 * runs seen whole, from the compressor output C44, as evidence.
 */
final class Runs {

    /** A compressor restarts at most about once a minute (anti-short-cycle timers): more is a counter glitch. */
    private static final double STARTS_PER_SECOND = 1.0 / 60;

    private static final int SHORTEST = 3;

    private long heatingStarts;
    private long hotWaterStarts;
    private boolean counted;
    private long counterSeconds;
    private boolean timed;
    private double runningSeconds;

    private long runStart = Long.MIN_VALUE;
    private boolean whole;
    private final List<Episode> shortest = new ArrayList<>();

    /** Two polls in a row, whether or not the time between them is covered: runs are tracked across all. */
    void polls(Sample prev, Sample cur, boolean covered) {
        if (!prev.compressor() && cur.compressor()) {
            long since = cur.sinceStart();
            long gap = cur.millis() - prev.millis();
            runStart = cur.millis() - (since != Sample.NONE && since * 1000 <= gap ? since * 1000 : 0);
            whole = covered;
        } else if (prev.compressor() && !cur.compressor()) {
            if (runStart != Long.MIN_VALUE && whole && covered) {
                shortest.add(new Episode(runStart, cur.millis()));
                shortest.sort(Comparator.comparingLong(Episode::length));
                if (shortest.size() > SHORTEST) {
                    shortest.remove(SHORTEST);
                }
            }
            runStart = Long.MIN_VALUE;
        } else if (!covered) {
            whole = false;
        }
    }

    /** An interval of the period. */
    void interval(Interval interval) {
        Sample prev = interval.prev();
        Sample cur = interval.cur();
        long starts;
        if (prev.starts() != Sample.NONE && cur.starts() != Sample.NONE) {
            counted = true;
            starts = interval.step(prev.starts(), cur.starts(), STARTS_PER_SECOND);
        } else {
            starts = !prev.compressor() && cur.compressor() ? 1 : 0;
        }
        if (cur.mode() == Sample.HOT_WATER) {
            hotWaterStarts += starts;
        } else {
            heatingStarts += starts;
        }
        if (prev.compressorSeconds() != Sample.NONE && cur.compressorSeconds() != Sample.NONE) {
            timed = true;
            counterSeconds += interval.step(prev.compressorSeconds(), cur.compressorSeconds(), 1);
        }
        runningSeconds += prev.compressor() ? interval.seconds() : 0;
    }

    /** When the running compressor started, epoch ms; {@link Long#MIN_VALUE} when it is off or that is unknown. */
    long runStart() {
        return runStart;
    }

    long starts() {
        return heatingStarts + hotWaterStarts;
    }

    long heatingStarts() {
        return heatingStarts;
    }

    long hotWaterStarts() {
        return hotWaterStarts;
    }

    /** True when the starts come from the counter C57, false when from the output C44 (which misses short runs). */
    boolean counted() {
        return counted;
    }

    /** Compressor running time: from C56 where the controller has it, else from the output C44. */
    double compressorSeconds() {
        return timed ? counterSeconds : runningSeconds;
    }

    /** The shortest runs seen whole, shortest first. */
    List<Episode> shortest() {
        return List.copyOf(shortest);
    }
}
