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
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.entity.ControllerSettings;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
import luxlogger.simulator.control.SimulatorOptions;

/**
 * The one connector of the application, to the configured controller or, with {@code HOST=simulator}, to the
 * built-in simulated heat pump, which it starts on the loopback interface.
 */
@ApplicationScoped
public class Controller {

    private static final Logger LOG = System.getLogger(Controller.class.getName());

    @Inject
    Configuration configuration;

    private Connector connector;
    private Simulator simulator;

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
    static ControllerSettings settings(Configuration configuration) {
        return configuration.settings(ControllerSettings.class, ControllerSettings::from);
    }

    @Produces
    static Simulation simulation(Configuration configuration) {
        return configuration.settings(Simulation.class, Simulation::from);
    }

    /**
     * @throws luxlogger.configuration.control.InvalidSettingsException when there is no usable controller setting
     */
    @Produces
    synchronized Connector connector() {
        if (connector == null) {
            ControllerSettings settings = settings(configuration);
            String host = settings.host();
            int port = settings.port();
            if (settings.simulated()) {
                simulator = startSimulator(simulation(configuration));
                host = "127.0.0.1";
                port = simulator.port();
            }
            connector = new Connector(host, port, settings.timeout(), settings.retries(), settings.backoff());
        }
        return connector;
    }

    private static Simulator startSimulator(Simulation simulation) {
        try {
            var simulator =
                    new Simulator(SimulatorOptions.of(simulation.profile()).withSpeed(simulation.speed()));
            LOG.log(
                    Level.INFO,
                    "HOST=simulator: lux-logger reads the built-in SIMULATED heat pump (profile {0}, speed {1})"
                            + " on 127.0.0.1:{2,number,#}; its data is not real",
                    simulation.profile().key(),
                    simulation.speed(),
                    simulator.port());
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulated heat pump", e);
        }
    }

    /** The built-in simulator, when the logger reads one. */
    public synchronized Simulator simulator() {
        return simulator;
    }

    @PreDestroy
    synchronized void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
