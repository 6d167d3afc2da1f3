package luxlogger.diagnosis.control;

/**
 * Two polls in a row within the period, the earlier standing for the time up to the later (as in the day
 * summaries): its state (mode, compressor, temperatures) is the interval's, and the counters' steps happened in it.
 *
 * @param seconds the part of the interval within the period
 * @param gapSeconds the whole time between the two polls
 */
record Interval(Sample prev, Sample cur, double seconds, double gapSeconds) {

    /**
     * The step of a counter between the two polls, 0 where either lacks it, it went back (a reset or noise) or it
     * grew faster than {@code perSecond} allows (a spike, ENERGY.md §5).
     */
    long step(long before, long after, double perSecond) {
        if (before == Sample.NONE || after == Sample.NONE || after < before) {
            return 0;
        }
        long step = after - before;
        return step <= perSecond * gapSeconds + 1 ? step : 0;
    }

    long millis() {
        return prev.millis();
    }

    /** Where the interval ends within the period. */
    long end() {
        return prev.millis() + Math.round(seconds * 1000);
    }
}
