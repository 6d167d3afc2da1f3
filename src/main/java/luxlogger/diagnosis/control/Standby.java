package luxlogger.diagnosis.control;

/**
 * Electricity while the compressor is off (rule 10), only where it moves while off. From the power input C268 where
 * it reads above 0 while off. Otherwise (no C268, or one that reads 0 whenever the compressor stands, as real
 * controllers' does) from the electricity counters P1136 + P1137: they move only every hour or two
 * (ENERGY.md §1.2), so a step is measured only from the step before it, both at least two hours after the compressor
 * last ran (a step sooner may still hold the run); the power found so stands for all the time off.
 */
final class Standby {

    /** How long the electricity counters may lag behind (ENERGY.md §1.2: every ~1-2 h). */
    static final long COUNTER_LAG_MILLIS = 2 * 3_600_000L;

    /** The counters count 0.01 kWh; no domestic compressor takes 15 kW (ENERGY.md §5). */
    private static final double ELECTRICITY_PER_SECOND = 15.0 / 3600 * 100;

    private boolean powerRead;
    private double offSeconds;
    private double powerOffWattSeconds;
    private boolean counters;
    private long lastRunning = Long.MIN_VALUE;
    private long anchor = Long.MIN_VALUE;
    private double quietSeconds;
    private long quietSteps;

    /** Every poll in order: when the compressor last ran. */
    void poll(Sample sample) {
        if (sample.compressor()) {
            lastRunning = sample.millis();
            anchor = Long.MIN_VALUE;
        }
        powerRead |= sample.powerInput() != Sample.NONE && sample.powerInput() > 0;
    }

    void interval(Interval interval) {
        Sample prev = interval.prev();
        Sample cur = interval.cur();
        if (prev.compressor() || prev.mode() == Sample.DEFROST) {
            return;
        }
        // the earlier poll's state holds until the later one, as everywhere in the pass
        offSeconds += interval.seconds();
        if (prev.powerInput() != Sample.NONE) {
            powerOffWattSeconds += prev.powerInput() * interval.seconds();
        }
        if (cur.compressor() || prev.electricity() == Sample.NONE || cur.electricity() == Sample.NONE) {
            return;
        }
        counters = true;
        long step = step(prev.electricity(), cur.electricity(), interval.gapSeconds());
        boolean quiet = lastRunning != Long.MIN_VALUE && cur.millis() - lastRunning >= COUNTER_LAG_MILLIS;
        if (step > 0 && quiet) {
            if (anchor != Long.MIN_VALUE) {
                quietSteps += step;
                quietSeconds += (cur.millis() - anchor) / 1000.0;
            }
            anchor = cur.millis();
        }
    }

    /** A counter step, which may hold up to {@link #COUNTER_LAG_MILLIS} of electricity; 0 for a glitch. */
    private static long step(long before, long after, double gapSeconds) {
        long step = after - before;
        double most = ELECTRICITY_PER_SECOND * (gapSeconds + COUNTER_LAG_MILLIS / 1000.0) + 1;
        return step >= 0 && step <= most ? step : 0;
    }

    /** True when electricity is known at all: the power reading, or the counters. */
    boolean measured() {
        return powerRead || counters;
    }

    /** The electricity used while the compressor was off, kWh; 0 when nothing moved while off. */
    double kwh() {
        if (powerWhileOff()) {
            return powerOffWattSeconds / 3.6e6;
        }
        if (quietSeconds <= 0) {
            return 0;
        }
        double kw = quietSteps / 100.0 / (quietSeconds / 3600);
        return kw * offSeconds / 3600;
    }

    /** How the figure was found: {@code power input} or {@code counters}. */
    String method() {
        return powerWhileOff() ? "power input" : "counters";
    }

    /** The power input read something while the compressor was off: it, not the lagging counters, tells. */
    private boolean powerWhileOff() {
        return powerRead && powerOffWattSeconds > 0;
    }
}
