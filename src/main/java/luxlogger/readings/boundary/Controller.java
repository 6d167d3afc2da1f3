package luxlogger.readings.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.entity.ControllerSettings;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
import luxlogger.simulator.control.SimulatorOptions;

/**
 * The connectors of the application, one per configured controller; for a controller whose host is
 * {@code simulator}, to a built-in simulated heat pump, which it starts on the loopback interface.
 */
@ApplicationScoped
public class Controller {

    private static final Logger LOG = System.getLogger(Controller.class.getName());

    @Inject
    Configuration configuration;

    /** By name, in the order configured. */
    private Map<String, Connector> connectors;

    private final Map<String, Simulator> simulators = new LinkedHashMap<>();

    /** The simulated heat pump's settings, read here where it is started: the controller's own know nothing of it. */
    public record Simulation(Profile profile, double speed) {

        /** Reads {@code simulator.profile} and {@code simulator.speed}. */
        public static Simulation from(SettingsReader reader) {
            Profile profile = reader.value(
                    "simulator.profile",
                    Profile::of,
                    "one of "
                            + Arrays.stream(Profile.values()).map(Profile::key).toList(),
                    Profile.CURRENT);
            double speed =
                    reader.decimal("simulator.speed", 0.001, 100_000, "a factor from 0.001 to 100000 (1 = real time)");
            return reader.valid(new Simulation(profile, speed));
        }
    }

    @Produces
    static Controllers controllers(Configuration configuration) {
        return configuration.settings(Controllers.class, Controllers::from);
    }

    @Produces
    static Simulation simulation(Configuration configuration) {
        return configuration.settings(Simulation.class, Simulation::from);
    }

    /**
     * A connector per controller, by name in the order configured; the built-in simulated heat pumps are started
     * here, one per controller whose host is {@code simulator}.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException when there is no usable controller setting
     * @throws UncheckedIOException when a simulated heat pump cannot start
     */
    public synchronized Map<String, Connector> connectors() {
        if (connectors == null) {
            Controllers controllers = controllers(configuration);
            var all = new LinkedHashMap<String, Connector>();
            for (NamedController controller : controllers.all()) {
                ControllerSettings settings = controller.settings();
                String host = settings.host();
                int port = settings.port();
                if (settings.simulated()) {
                    Simulator simulator = startSimulator(controller.name(), simulation(configuration));
                    simulators.put(controller.name(), simulator);
                    host = "127.0.0.1";
                    port = simulator.port();
                }
                all.put(
                        controller.name(),
                        new Connector(host, port, settings.timeout(), settings.retries(), settings.backoff()));
            }
            connectors = Collections.unmodifiableMap(all);
        }
        return connectors;
    }

    private static Simulator startSimulator(String name, Simulation simulation) {
        try {
            var simulator =
                    new Simulator(SimulatorOptions.of(simulation.profile()).withSpeed(simulation.speed()));
            LOG.log(
                    Level.INFO,
                    "Controller {0}: lux-logger reads a built-in SIMULATED heat pump (profile {1}, speed {2})"
                            + " on 127.0.0.1:{3,number,#}; its data is not real",
                    name,
                    simulation.profile().key(),
                    simulation.speed(),
                    simulator.port());
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated heat pump", e);
        }
    }

    /** The built-in simulators, by controller name. */
    public synchronized Map<String, Simulator> simulators() {
        return Map.copyOf(simulators);
    }

    @PreDestroy
    synchronized void stop() {
        simulators.values().forEach(Simulator::close);
    }
}
