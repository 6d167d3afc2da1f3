package luxlogger.integrations.control;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next attempt to reach a broker: doubling from {@code first} up to {@code longest},
 * each wait spread by ±25 % so that loggers restarted together do not knock in step; back to {@code first} after a
 * success.
 */
public final class Backoff {

    private final Duration first;
    private final Duration longest;
    private final DoubleSupplier random;
    private int failures;

    public Backoff(Duration first, Duration longest) {
        this(first, longest, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random numbers from 0 (inclusive) to 1 (exclusive) that spread the waits */
    Backoff(Duration first, Duration longest, DoubleSupplier random) {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("a first wait above zero and a longest wait not below it");
        }
        this.first = first;
        this.longest = longest;
        this.random = random;
    }

    /** The wait after one more failure. */
    public synchronized Duration next() {
        long most = longest.toMillis();
        long millis = first.toMillis();
        for (int i = 0; i < failures && millis < most; i++) {
            millis = Math.min(most, millis * 2);
        }
        failures++;
        double spread = 0.75 + random.getAsDouble() * 0.5;
        return Duration.ofMillis(Math.min(most, Math.round(millis * spread)));
    }

    /** After a success: the next failure waits {@code first} again. */
    public synchronized void reset() {
        failures = 0;
    }

    /** Failures since the last success. */
    public synchronized int failures() {
        return failures;
    }
}
