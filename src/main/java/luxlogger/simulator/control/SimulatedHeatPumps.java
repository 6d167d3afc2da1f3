package luxlogger.simulator.control;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.simulator.entity.SimulatorFault;

/**
 * The simulated heat pumps of the logger, one {@link Simulator} per controller name on a free port of 127.0.0.1,
 * each with its own profile, scenario, fault and model seed from the {@link Simulation}. Thread-safe.
 */
public final class SimulatedHeatPumps implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SimulatedHeatPumps.class.getName());

    private final Simulation simulation;
    private final Map<String, Simulator> running = new LinkedHashMap<>();
    private boolean closed;

    public SimulatedHeatPumps(Simulation simulation) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
    }

    /**
     * Starts this controller's simulator, unless it runs already.
     *
     * @return the port it listens on
     * @throws IllegalArgumentException when the name does not match {@link NamedController#NAME}
     * @throws IllegalStateException after {@link #close()}
     */
    public synchronized int start(String controller) throws IOException {
        if (!NamedController.NAME.matcher(controller).matches()) {
            throw new IllegalArgumentException("not a controller name: '" + controller + "'");
        }
        if (closed) {
            throw new IllegalStateException("the simulated heat pumps are closed");
        }
        Simulator simulator = running.get(controller);
        if (simulator == null) {
            SimulatorFault fault = simulation.fault(controller);
            Scenario scenario = simulation.scenario(controller);
            simulator = new Simulator(SimulatorOptions.of(simulation.profile(controller))
                    .withSpeed(simulation.speed())
                    .withSeed(seed(controller))
                    .withFaults(FaultPolicy.always(fault))
                    .withScenario(scenario));
            running.put(controller, simulator);
            LOG.log(
                    Level.INFO,
                    "Controller {0} is a SIMULATED heat pump (profile {1}, speed {2}{3}{4}) on 127.0.0.1:{5,number,#};"
                            + " its data is not real",
                    controller,
                    simulator.options().profile().key(),
                    simulation.speed(),
                    scenario == Scenario.NORMAL ? "" : ", scenario " + scenario.key(),
                    fault == SimulatorFault.NONE ? "" : ", fault " + fault + " on every connection",
                    simulator.port());
        }
        return simulator.port();
    }

    /** The running simulator of this controller. */
    public synchronized Optional<Simulator> simulator(String controller) {
        return Optional.ofNullable(running.get(controller));
    }

    /**
     * The model seed of a controller's simulated heat pump, a 64-bit FNV-1a hash of its name: the same name
     * plays the same heat pump in every run, and two names play different ones, so their data tell them apart.
     */
    public static long seed(String controller) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : controller.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    /** Stops every simulator; later calls do nothing. */
    @Override
    public synchronized void close() {
        closed = true;
        running.values().forEach(Simulator::close);
        running.clear();
    }
}
