package luxlogger.settings.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import luxlogger.settings.control.InvalidSettingsException;
import luxlogger.settings.control.Settings;
import org.eclipse.microprofile.config.Config;

/**
 * The configuration as the application sees it: read and checked once. When a value is unusable,
 * nothing polls or writes reports; each problem is logged in one line and readiness reports it.
 */
@ApplicationScoped
public class Configuration {

    private static final Logger LOG = System.getLogger(Configuration.class.getName());

    @Inject
    Config config;

    private Settings settings;
    private List<String> problems = List.of();

    @PostConstruct
    void load() {
        try {
            settings = Settings.from(property -> config.getOptionalValue(property, String.class));
        } catch (InvalidSettingsException e) {
            problems = e.problems();
            problems.forEach(problem -> LOG.log(Level.ERROR, "Invalid configuration, lux-logger will not start polling: {0}", problem));
        }
    }

    /** Reads the configuration as the application starts, so that a bad value shows at once. */
    void start(@Observes Startup event) {
        settings().ifPresent(s -> {
            LOG.log(Level.INFO, s.simulated()
                    ? "lux-logger reads the built-in SIMULATED heat pump (no HOST set): its data is not real"
                    : "lux-logger reads the heat pump at " + s.host() + ":" + s.port() + " every " + s.interval().toSeconds() + " s");
            if (s.apiToken().isEmpty()) {
                LOG.log(Level.INFO, "API_TOKEN is not set: the API under /api is open to anyone who can reach this server");
            }
        });
    }

    /** The settings, empty when the configuration is invalid. */
    public Optional<Settings> settings() {
        return Optional.ofNullable(settings);
    }

    /** What is wrong with the configuration, one entry per variable; empty when valid. */
    public List<String> problems() {
        return problems;
    }
}
