package luxlogger.energy.control;

import static luxlogger.luxtronik.entity.Group.CALCULATIONS;
import static luxlogger.luxtronik.entity.Group.PARAMETERS;

import luxlogger.energy.entity.DaySummary;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The figures of a day that are states held over time rather than counters (design-12 §2): coverage, outdoor
 * temperature, utility lock, the power reading integrated per mode, defrosts. Each sample stands for the time to
 * the next one; a gap longer than three poll intervals stands for nothing (ENERGY.md §5).
 */
final class DayTimeline {

    static final int OUTDOOR = 15;
    static final int UTILITY_LOCK = 31;
    static final int MODE = 80;
    static final int POWER_INPUT = 268;
    static final int LAST_DEFROST = 1119;
    /** C80 modes: heating, hot water, defrost (a defrost is part of heating's electricity, ENERGY.md §5). */
    static final int HEATING = 0, HOT_WATER = 1, DEFROST = 4;
    /**
     * Outdoor raw values (0.1 °C) at or beyond these are sensor sentinels, not weather: -50.0 °C is a missing
     * sensor (ENERGY.md §6, python-luxtronik #205), 75.0 and 150.0 °C are open/shorted inputs (ENERGY.md §5).
     */
    static final int OUTDOOR_LOWEST = -500, OUTDOOR_HIGHEST = 750;
    /** A gap of more than this many poll intervals is not covered (ENERGY.md §5). */
    static final int GAP_INTERVALS = 3;

    private final long start;
    private final long end;
    private final long interval;

    private long previous = Long.MIN_VALUE;
    private long closing = Long.MIN_VALUE;
    private boolean finished;
    private int outdoor = Integer.MIN_VALUE;
    private int mode = -1;
    private int power;
    private int lock = -1;

    private long covered;
    private int outdoorMin = Integer.MAX_VALUE;
    private int outdoorMax = Integer.MIN_VALUE;
    private int outdoorCount;
    private long outdoorPlain;
    private long outdoorWeight;
    private long outdoorSum;
    private boolean lockSeen;
    private long lockMillis;
    private boolean powerSeen;
    private long heatingWattMillis;
    private long hotWaterWattMillis;
    private long lastDefrost = Long.MIN_VALUE;
    private int defrostStamps;
    private boolean modeSeen;
    private int defrostModes;

    DayTimeline(long start, long end, long interval) {
        this.start = start;
        this.end = end;
        this.interval = interval;
    }

    /** A sample of the day, in time order. */
    void add(Snapshot snapshot, long millis) {
        if (previous == Long.MIN_VALUE) {
            // the poll before the day's start is not read: it covered the lead-in if polling was regular
            covered += millis - start <= interval ? millis - start : 0;
        } else {
            span(millis - previous, millis - previous);
        }
        previous = millis;
        outdoor = Integer.MIN_VALUE;
        if (snapshot.has(CALCULATIONS, OUTDOOR)) {
            int value = snapshot.raw(CALCULATIONS, OUTDOOR);
            if (value > OUTDOOR_LOWEST && value < OUTDOOR_HIGHEST) {
                outdoor = value;
                outdoorMin = Math.min(outdoorMin, value);
                outdoorMax = Math.max(outdoorMax, value);
                outdoorCount++;
                outdoorPlain += value;
            }
        }
        lock = snapshot.has(CALCULATIONS, UTILITY_LOCK) ? snapshot.raw(CALCULATIONS, UTILITY_LOCK) : -1;
        lockSeen |= lock >= 0;
        power = snapshot.has(CALCULATIONS, POWER_INPUT) ? Math.max(0, snapshot.raw(CALCULATIONS, POWER_INPUT)) : 0;
        powerSeen |= power > 0;
        defrosts(snapshot);
    }

    /** A sample at or after the day's end: the first one ends the last span and may show a defrost. */
    void close(Snapshot snapshot, long millis) {
        if (closing == Long.MIN_VALUE) {
            closing = millis;
            if (previous != Long.MIN_VALUE) {
                defrosts(snapshot);
            }
        }
    }

    private void defrosts(Snapshot snapshot) {
        if (snapshot.has(PARAMETERS, LAST_DEFROST)) {
            long stamp = snapshot.raw(PARAMETERS, LAST_DEFROST);
            if (stamp > 0 && stamp < CounterTrack.SENTINEL) {
                // a newer time stamp than any seen is a new defrost; an older one coming back is not
                defrostStamps += lastDefrost != Long.MIN_VALUE && stamp > lastDefrost ? 1 : 0;
                lastDefrost = Math.max(lastDefrost, stamp);
            }
        }
        int now = snapshot.has(CALCULATIONS, MODE) ? snapshot.raw(CALCULATIONS, MODE) : -1;
        defrostModes += now == DEFROST && mode >= 0 && mode != DEFROST ? 1 : 0;
        modeSeen |= now >= 0;
        mode = now;
    }

    private void span(long gap, long length) {
        if (gap > GAP_INTERVALS * interval || length <= 0) {
            return;
        }
        covered += length;
        if (outdoor != Integer.MIN_VALUE) {
            outdoorWeight += length;
            outdoorSum += outdoor * length;
        }
        // C31 is the utility's release: 1 while the heat pump may run, 0 during the lock (ENERGY.md §5 had it inverted)
        lockMillis += lock == 0 ? length : 0;
        if (mode == HEATING || mode == DEFROST) {
            heatingWattMillis += power * length;
        } else if (mode == HOT_WATER) {
            hotWaterWattMillis += power * length;
        }
    }

    /** Ends the last sample's span at the closing sample, or at {@code windowEnd} if none came. */
    void finish(long windowEnd) {
        if (!finished && previous != Long.MIN_VALUE) {
            long next = closing != Long.MIN_VALUE ? closing : windowEnd;
            span(next - previous, Math.min(next, end) - previous);
        }
        finished = true;
    }

    /** Fills coverage, outdoor, defrosts and utility lock; call after {@link #finish}. */
    void fill(DaySummary summary) {
        summary.coverage = 100.0 * covered / (end - start);
        if (outdoorCount > 0) {
            summary.outdoorMin = outdoorMin / 10.0;
            summary.outdoorMax = outdoorMax / 10.0;
            summary.outdoorMean = outdoorWeight > 0
                    ? outdoorSum / (double) outdoorWeight / 10
                    : outdoorPlain / (double) outdoorCount / 10;
        }
        if (lastDefrost != Long.MIN_VALUE) {
            summary.defrosts = defrostStamps;
            summary.defrostsEstimated = false;
        } else if (modeSeen) {
            summary.defrosts = defrostModes;
            summary.defrostsEstimated = true;
        }
        summary.utilityLockHours = lockSeen ? lockMillis / 3_600_000.0 : null;
    }

    /** True when the power reading C268 was present and above 0 at least once. */
    boolean powerSeen() {
        return powerSeen;
    }

    /** The power reading integrated over heating and defrost, in kWh. */
    double integratedHeating() {
        return heatingWattMillis / 3.6e9;
    }

    /** The power reading integrated over hot water, in kWh. */
    double integratedHotWater() {
        return hotWaterWattMillis / 3.6e9;
    }
}
