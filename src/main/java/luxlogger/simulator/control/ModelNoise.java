package luxlogger.simulator.control;

/**
 * Reproducible randomness for the heat pump model: every draw is a pure function of the seed and two keys
 * (usually a time and a field), so a snapshot at a given instant never depends on how often it was asked for.
 */
record ModelNoise(long seed) {

    /** Uniform in [0, 1). */
    double uniform(long a, long b) {
        long z = mix(seed ^ mix(a * 0x9E3779B97F4A7C15L + b));
        return (z >>> 11) * 0x1.0p-53;
    }

    /** Standard normal (Box-Muller on two independent uniforms). */
    double gaussian(long a, long b) {
        double u = uniform(a, 2 * b);
        double v = uniform(a, 2 * b + 1);
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** The SplitMix64 finaliser: cheap and well mixed, enough for simulated sensor noise. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
