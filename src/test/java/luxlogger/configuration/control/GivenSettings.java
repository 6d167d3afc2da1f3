package luxlogger.configuration.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings as a user gives them to the server: the shipped defaults, overridden by what a test sets. An empty
 * value counts as not set, as MicroProfile Config has it.
 */
public final class GivenSettings {

    private static final Properties DEFAULTS = SettingsReader.defaults();

    private final Map<String, String> given = new HashMap<>();

    public GivenSettings set(String property, String value) {
        given.put(property, value);
        return this;
    }

    public Optional<String> lookup(String property) {
        return Optional.ofNullable(given.getOrDefault(property, DEFAULTS.getProperty(property)))
                .filter(value -> !value.isEmpty());
    }

    /** A fresh reader of these settings. */
    public SettingsReader reader() {
        return new SettingsReader(this::lookup);
    }
}
