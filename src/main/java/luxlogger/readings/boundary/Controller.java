package luxlogger.readings.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.entity.ControllerSettings;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.simulator.control.SimulatedHeatPumps;
import luxlogger.simulator.control.Simulation;

/**
 * The connectors of the application, one per configured controller; for a controller whose host is
 * {@code simulator}, to a built-in simulated heat pump, which it starts on the loopback interface.
 */
@ApplicationScoped
public class Controller {

    @Inject
    Configuration configuration;

    /** By name, in the order configured. */
    private Map<String, Connector> connectors;

    private SimulatedHeatPumps simulators;

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
                    host = "127.0.0.1";
                    port = startSimulator(controller.name());
                }
                all.put(
                        controller.name(),
                        new Connector(host, port, settings.timeout(), settings.retries(), settings.backoff()));
            }
            connectors = Collections.unmodifiableMap(all);
        }
        return connectors;
    }

    private int startSimulator(String name) {
        if (simulators == null) {
            simulators = new SimulatedHeatPumps(simulation(configuration));
        }
        try {
            return simulators.start(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated heat pump " + name, e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (simulators != null) {
            simulators.close();
        }
    }
}
