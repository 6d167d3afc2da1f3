package luxlogger.readings.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import luxlogger.luxtronik.control.Connector;
import luxlogger.settings.boundary.Configuration;
import luxlogger.settings.control.Settings;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;

/**
 * The one connector of the application, to the configured controller or, when no HOST is set, to the
 * built-in simulated heat pump, which it starts on the loopback interface.
 */
@ApplicationScoped
public class Controller {

    private static final Logger LOG = System.getLogger(Controller.class.getName());
    /** Wait before the first retry of a failed read; doubled for each further one. */
    static final Duration BACKOFF = Duration.ofSeconds(2);

    @Inject
    Configuration configuration;

    private Connector connector;
    private Simulator simulator;

    @Produces
    synchronized Connector connector() {
        if (connector == null) {
            Settings settings = configuration.settings()
                    .orElseThrow(() -> new IllegalStateException("no connector: " + configuration.problems()));
            String host = settings.host();
            int port = settings.port();
            if (settings.simulated()) {
                simulator = startSimulator(settings);
                host = "127.0.0.1";
                port = simulator.port();
            }
            connector = new Connector(host, port, settings.timeout(), settings.retries(), BACKOFF);
        }
        return connector;
    }

    private static Simulator startSimulator(Settings settings) {
        try {
            var simulator = new Simulator(Simulator.Options.of(Profile.of(settings.simulatorProfile()))
                    .withSpeed(settings.simulatorSpeed()));
            LOG.log(Level.INFO, "Simulated heat pump (profile {0}, speed {1}) listens on 127.0.0.1:{2,number,#}",
                    settings.simulatorProfile(), settings.simulatorSpeed(), simulator.port());
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
