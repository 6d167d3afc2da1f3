package luxlogger.simulator.control;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import luxlogger.simulator.entity.SimulatorFault;

/** Chooses the {@link SimulatorFault} of each new connection. Thread-safe; a policy may carry state. */
public final class FaultPolicy {

    private final SimulatorFault fault;
    private final SimulatorFault[] choices;
    private final double probability;
    private final SplittableRandom random;
    private long remaining;

    private FaultPolicy(SimulatorFault fault, long remaining, double probability, long seed, SimulatorFault[] choices) {
        this.fault = Objects.requireNonNull(fault, "fault");
        this.remaining = remaining;
        this.probability = probability;
        this.random = new SplittableRandom(seed);
        this.choices = choices;
    }

    /** Every connection is healthy. */
    public static FaultPolicy none() {
        return always(SimulatorFault.NONE);
    }

    /** Every connection gets this fault. */
    public static FaultPolicy always(SimulatorFault fault) {
        return new FaultPolicy(fault, Long.MAX_VALUE, 0, 0, new SimulatorFault[0]);
    }

    /** The next {@code connections} connections get this fault, the ones after are healthy. */
    public static FaultPolicy next(int connections, SimulatorFault fault) {
        return new FaultPolicy(fault, connections, 0, 0, new SimulatorFault[0]);
    }

    /**
     * Each connection independently gets a fault with this probability, picked evenly from {@code faults}
     * (every fault except NONE when none are given); reproducible for a given seed and connection order.
     */
    public static FaultPolicy random(double probability, long seed, SimulatorFault... faults) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within 0..1: " + probability);
        }
        SimulatorFault[] choices = faults.length > 0
                ? faults.clone()
                : Arrays.stream(SimulatorFault.values())
                        .filter(f -> f != SimulatorFault.NONE)
                        .toArray(SimulatorFault[]::new);
        return new FaultPolicy(SimulatorFault.NONE, 0, probability, seed, choices);
    }

    synchronized SimulatorFault pick() {
        if (choices.length > 0) {
            boolean faulty = random.nextDouble() < probability;
            SimulatorFault choice = choices[random.nextInt(choices.length)];
            return faulty ? choice : SimulatorFault.NONE;
        }
        if (remaining > 0) {
            remaining -= remaining == Long.MAX_VALUE ? 0 : 1;
            return fault;
        }
        return SimulatorFault.NONE;
    }

    @Override
    public synchronized String toString() {
        if (choices.length > 0) {
            return "random(" + probability + ", " + Arrays.toString(choices) + ")";
        }
        return remaining == Long.MAX_VALUE ? "always(" + fault + ")" : "next(" + remaining + ", " + fault + ")";
    }
}
