package luxlogger.energy.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The increase of one lifetime counter over a day, sample by sample, with the glitch rules of ENERGY.md §5
 * (design-12 §3). Constant memory: the last accepted value, one held candidate and a few event counts.
 *
 * <p>The first valid sample is the base, never 0, so a counter that appears with a firmware update counts from
 * its first sample. After the day's end only the first valid sample (the closing one) still counts, and a sample
 * after it may only confirm or refute a step that the closing sample left held.
 */
final class CounterTrack {

    /** At or above this a raw value is a sentinel or garbage, not a count (ENERGY.md §2: 0x7FFFFFFF seen). */
    static final long SENTINEL = 2_147_483_640L;
    /** A backward step of at most 1 % of the value is noise and ignored (ENERGY.md §5, HA #135430). */
    static final double NOISE_SHARE = 0.01;
    /**
     * A fall by more than half to a value the counter can have reached from 0 since the last sample is a reset or
     * a new meter: the new value is counted (ENERGY.md §5).
     */
    static final double RESET_SHARE = 0.5;

    private final String name;
    private final CounterKind kind;

    private boolean based;
    private boolean nonZero;
    private boolean closed;
    private long last;
    private long lastTime;
    private long delta;

    private boolean holding;
    private long held;
    private long heldTime;

    private int drops;
    private long largestDrop;
    private int falls;
    private long largestFall;
    private int resets;
    private int spikes;
    private int invalid;

    CounterTrack(String name, CounterKind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** A sample taken during the day. */
    void add(long value, long millis) {
        if (!closed) {
            take(value, millis);
        }
    }

    /** A sample at or after the next day's start: the first valid one closes the day, a later one only confirms. */
    void close(long value, long millis) {
        if (!closed) {
            closed = take(value, millis);
        } else if (holding && valid(value) && !resolve(value)) {
            // a refuted closing sample was no valid sample: the next one closes the day, as it opens the next
            step(value, millis);
        }
    }

    /** The raw increase, or {@code null} when the counter was absent or read 0 in every valid sample. */
    Long delta() {
        return nonZero ? delta : null;
    }

    CounterKind kind() {
        return kind;
    }

    /** True when the counter had a valid sample other than 0. */
    boolean present() {
        return nonZero;
    }

    /** Appends this counter's events, e.g. {@code heatHeating:drop 0.2}, scaled by {@code divisor} raw units. */
    void events(StringBuilder out, double divisor) {
        if (!nonZero) {
            return;
        }
        event(out, "drop", drops, largestDrop, divisor);
        event(out, "fall", falls, largestFall, divisor);
        event(out, "reset", resets, -1, divisor);
        event(out, "spike", spikes, -1, divisor);
        event(out, "invalid", invalid, -1, divisor);
    }

    private boolean take(long value, long millis) {
        if (!valid(value)) {
            invalid++;
            return false;
        }
        nonZero |= value != 0;
        if (!based) {
            based = true;
            last = value;
            lastTime = millis;
            return true;
        }
        if (holding) {
            resolve(value);
        }
        step(value, millis);
        return true;
    }

    private boolean valid(long value) {
        return value >= 0 && value < SENTINEL && !(value == 0 && last > 0);
    }

    /** The next valid sample after a held step: the step stands if the counter stays at it (within noise). */
    private boolean resolve(long value) {
        holding = false;
        if (held - value <= noise(held)) {
            delta += held - last;
            last = held;
            lastTime = heldTime;
            return true;
        }
        spikes++;
        return false;
    }

    private void step(long value, long millis) {
        if (value >= last) {
            long increase = value - last;
            if (increase > kind.bound(millis - lastTime)) {
                holding = true;
                held = value;
                heldTime = millis;
                return;
            }
            delta += increase;
            last = value;
            lastTime = millis;
            return;
        }
        long fall = last - value;
        if (fall <= noise(last)) {
            // keep the higher value, so noise going down and up again is not counted twice
            drops++;
            largestDrop = Math.max(largestDrop, fall);
            return;
        }
        if (fall > last * RESET_SHARE && value <= kind.bound(millis - lastTime)) {
            // a new meter counted from 0 to value since the last sample, which must be physically possible
            resets++;
            delta += value;
        } else {
            // neither noise nor a reset: go on from the lower value rather than wait for the old one, so a
            // garbage first sample of the day costs nothing
            falls++;
            largestFall = Math.max(largestFall, fall);
        }
        last = value;
        lastTime = millis;
    }

    private long noise(long value) {
        return Math.max(kind.noise, (long) (value * NOISE_SHARE));
    }

    private void event(StringBuilder out, String what, int count, long amount, double divisor) {
        if (count == 0) {
            return;
        }
        out.append(out.isEmpty() ? "" : ";").append(name).append(':').append(what);
        if (amount >= 0) {
            out.append(' ').append(scaled(amount, divisor));
        }
        if (count > 1) {
            out.append(" x").append(count);
        }
    }

    private static String scaled(long raw, double divisor) {
        return BigDecimal.valueOf(raw)
                .divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
