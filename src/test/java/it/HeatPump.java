package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import luxlogger.simulator.control.Simulator;
import luxlogger.simulator.control.SimulatorOptions;

/**
 * The heat pump a server under test polls: the product's simulator, serving the controller's protocol on
 * 127.0.0.1 with the given options (profile, speed, faults), counting what it answered.
 */
public final class HeatPump implements AutoCloseable {

    private final Simulator simulator;

    private HeatPump(Simulator simulator) {
        this.simulator = simulator;
    }

    /** Starts serving on 127.0.0.1 (on a free port unless the options name one). */
    public static HeatPump start(SimulatorOptions options) {
        try {
            return new HeatPump(new Simulator(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The environment of a server that polls this heat pump: its address, plus further variables given as
     * name, value, name, value, …
     */
    public Map<String, String> serverEnvironment(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> env = new HashMap<>();
        env.put("HOST", "127.0.0.1");
        env.put("PORT", String.valueOf(simulator.port()));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            env.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Map.copyOf(env);
    }

    /** Reads it answered completely: each is one poll a server could store, no more, no less. */
    public long completeReads() {
        return simulator.completeReads();
    }

    public long connections() {
        return simulator.connections();
    }

    /** Write requests (3002) received: lux-logger must never send one. */
    public long writeAttempts() {
        return simulator.writeAttempts();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
