package luxlogger.simulator.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import luxlogger.simulator.entity.SimulatorFault;

/**
 * What clients did with the simulator: connections and the faults they were given, complete reads, write
 * attempts, and how many talked at once. Thread-safe: every session counts here.
 */
final class Traffic {

    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong writeAttempts = new AtomicLong();
    private final AtomicLong completeReads = new AtomicLong();
    private final AtomicInteger talking = new AtomicInteger();
    private final AtomicInteger mostTalking = new AtomicInteger();
    private final Map<SimulatorFault, AtomicLong> faulty = new EnumMap<>(SimulatorFault.class);

    Traffic() {
        for (SimulatorFault fault : SimulatorFault.values()) {
            faulty.put(fault, new AtomicLong());
        }
    }

    /** Counts a new connection with its fault; returns its number, from 1. */
    long accepted(SimulatorFault fault) {
        faulty.get(fault).incrementAndGet();
        return connections.incrementAndGet();
    }

    void startedTalking() {
        mostTalking.accumulateAndGet(talking.incrementAndGet(), Math::max);
    }

    void stoppedTalking() {
        talking.decrementAndGet();
    }

    /** +1 for a complete set of answers, -1 to take one back whose last bytes could not be sent. */
    void completeRead(int delta) {
        completeReads.addAndGet(delta);
    }

    void writeAttempt() {
        writeAttempts.incrementAndGet();
    }

    long connections() {
        return connections.get();
    }

    long connections(SimulatorFault fault) {
        return faulty.get(fault).get();
    }

    long writeAttempts() {
        return writeAttempts.get();
    }

    long completeReads() {
        return completeReads.get();
    }

    int maxConcurrentConnections() {
        return mostTalking.get();
    }
}
