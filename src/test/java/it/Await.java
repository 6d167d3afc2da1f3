package it;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline, so that a test waits as long as the server needs and no longer, instead
 * of sleeping a fixed time that is too short on a busy machine and too long on an idle one.
 */
public final class Await {

    private static final Duration STEP = Duration.ofMillis(200);

    private Await() {}

    /** Waits until the condition holds; fails naming what was awaited. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        value(what, timeout, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /**
     * Waits until the probe gives a value other than null and returns it. A probe that throws a runtime exception
     * is asked again (the file or the schema may not be there yet); the last exception is named on failure. An
     * {@link AssertionError} ends the wait at once.
     */
    public static <T> T value(String what, Duration timeout, Supplier<T> probe) {
        return value(what, timeout, probe, () -> "");
    }

    /** As {@link #value(String, Duration, Supplier)}; a failure adds what {@code context} then tells, e.g. a log's tail. */
    public static <T> T value(String what, Duration timeout, Supplier<T> probe, Supplier<String> context) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + timeout.toSeconds() + " s"
                        + (last == null ? "" : " (last: " + last + ")") + context.get());
            }
            try {
                Thread.sleep(STEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted", e);
            }
        }
    }
}
