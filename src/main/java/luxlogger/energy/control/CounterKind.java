package luxlogger.energy.control;

/**
 * What a lifetime counter counts, and so how fast it can physically grow and how large a backward step is still
 * noise. The bounds are inference from ENERGY.md §5 (design-12 §3, open question 5), not measurements: a step
 * beyond them is held until the next poll confirms it.
 */
enum CounterKind {

    /** Heat meters C151-C153 in 0.1 kWh; no domestic heat pump delivers 30 kW. */
    HEAT(30.0 / 3600 * 10, 10, 10),
    /**
     * Auxiliary heater heat P1059 + P1140: 0.1 kWh on V3.x but 0.01 kWh on V2.x, so the bound and the noise are
     * those of the finer scale (30 kW, 1 kWh at 0.01).
     */
    AUX_HEAT(30.0 / 3600 * 100, 100, 10),
    /** Electricity inputs P1136-P1139 in 0.01 kWh; 15 kW is above any domestic compressor's input. */
    ELECTRICITY(15.0 / 3600 * 100, 100, 100),
    /** Operating-time counters in seconds: they cannot run faster than the clock. */
    SECONDS(1.0, 60, 3600),
    /** Compressor starts: a compressor restarts at most about once a minute (anti-short-cycle timers). */
    STARTS(1.0 / 60, 0, 1);

    /** Largest plausible raw increase per second. */
    final double perSecond;
    /**
     * A backward step of at most this many raw units (1 kWh for energy, as in home-assistant/core#135430's
     * 33663.8 → 33664.0) is rounding noise; see also {@link CounterTrack#NOISE_SHARE}.
     */
    final long noise;
    /** Raw units per reported unit (kWh, h or starts), to word events. */
    final double divisor;

    CounterKind(double perSecond, long noise, double divisor) {
        this.perSecond = perSecond;
        this.noise = noise;
        this.divisor = divisor;
    }

    /** The largest plausible increase over a gap, plus one raw unit for the counter's own rounding. */
    long bound(long millis) {
        return (long) (perSecond * Math.max(0, millis) / 1000) + 1;
    }
}
