package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Simulator;
import luxlogger.simulator.control.SimulatorOptions;

/**
 * The heat pump a server under test polls: the product's simulator, serving the controller's protocol on
 * 127.0.0.1 with the given options (profile, speed, faults), counting what it answered. A live (not frozen) one
 * takes incidents while a server polls it, so that every event of the journal goes through the real protocol.
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

    /** An error with this code (700-807 on real controllers) now, after a switch-off "heatpump error". */
    public void error(int code) {
        simulator.error(code);
    }

    /** A switch-off with this code now, in the ring C106-C115 and its copy P716-P725. */
    public void switchOff(int code) {
        simulator.switchOff(code);
    }

    /** Sets parameter {@code index} to {@code raw} for good, as an installer would at the controller. */
    public void parameter(int index, int raw) {
        simulator.parameter(index, raw);
    }

    /** A defrost from the model's next step (air/water profiles only); P1119 shows its end. */
    public void defrost() {
        simulator.defrost();
    }

    /** The controller is cut off for {@code offline} (connections refused), then boots (C119 = 2 for two minutes). */
    public void restart(Duration offline) {
        simulator.restart(offline);
    }

    /** Reports this firmware version (C81-C90) from now on. */
    public void firmware(String version) {
        simulator.firmware(version);
    }

    /** The raw values a read would return now, e.g. the error file's newest time after {@link #error}. */
    public Snapshot snapshot() {
        return simulator.snapshot();
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
