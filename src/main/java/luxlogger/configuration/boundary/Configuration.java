package luxlogger.configuration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The one way settings reach the server's code: each component's typed settings, read once from
 * MicroProfile Config as text and checked by the component's own factory. Values are read as text on
 * purpose, so that a bad one never stops the application from deploying: it makes readiness DOWN instead.
 * Every problem is logged once, in one line, and kept for readiness.
 */
@ApplicationScoped
public class Configuration {

    private static final Logger LOG = System.getLogger(Configuration.class.getName());

    @Inject
    Config config;

    /** Per settings type: the settings, or the exception that says why there are none. */
    private final Map<Class<?>, Object> read = new ConcurrentHashMap<>();

    private final Set<String> problems = new LinkedHashSet<>();

    /**
     * The settings of one component, read on first use.
     *
     * @throws InvalidSettingsException naming every bad variable, as often as they are asked for
     */
    public <T> T settings(Class<T> type, Function<SettingsReader, T> factory) {
        Object settings = read.computeIfAbsent(type, key -> {
            try {
                return factory.apply(new SettingsReader(this::lookup));
            } catch (InvalidSettingsException e) {
                reject(e);
                return e;
            }
        });
        if (settings instanceof InvalidSettingsException invalid) {
            throw new InvalidSettingsException(invalid.problems());
        }
        return type.cast(settings);
    }

    /**
     * The value of a property, empty when not set. A value that is set but cannot be read, such as a
     * {@code ${LUX_SECRET}} that MicroProfile Config cannot expand, is not "not set" (which is what
     * {@code getOptionalValue} makes of it): asking for it throws, saying why.
     */
    private Optional<String> lookup(String property) {
        ConfigValue value = config.getConfigValue(property);
        String raw = value.getRawValue();
        if (value.getValue() == null && raw != null && !raw.isEmpty()) {
            return Optional.of(config.getValue(property, String.class));
        }
        return Optional.ofNullable(value.getValue()).filter(text -> !text.isEmpty());
    }

    /** Keeps problems found as a component starts (e.g. a folder it cannot write to), and logs the new ones. */
    public synchronized void reject(InvalidSettingsException e) {
        for (String problem : e.problems()) {
            if (problems.add(problem)) {
                LOG.log(Level.ERROR, "Invalid configuration: {0}", problem);
            }
        }
    }

    /** What is wrong with the configuration, one line per variable; empty when all is well so far. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
