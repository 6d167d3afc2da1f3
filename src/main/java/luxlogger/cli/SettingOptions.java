package luxlogger.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The options that are settings of the logger too: their defaults come from the logger's own defaults file,
 * and their values are read by the same factories, with the same bounds and the same message shape
 * ({@code --timeout='0' is invalid: expected ...}), so that a value that works here works in the server.
 */
final class SettingOptions implements IDefaultValueProvider {

    /** Option to the property it sets. */
    static final Map<String, String> PROPERTIES = Map.of(
            "--host", "host",
            "--port", "port",
            "--timeout", "timeout.sec",
            "--retries", "retries",
            "--interval", "interval.sec",
            "--tz", "tz",
            "--dialect", "csv.dialect",
            "--fields", "csv.fields",
            "--readable-headers", "readable.headers");

    private static final Properties DEFAULTS = SettingsReader.defaults();
    private static final Map<String, String> OPTIONS = new HashMap<>();

    static {
        PROPERTIES.forEach((option, property) -> OPTIONS.put(property, option));
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option && PROPERTIES.containsKey(option.longestName())) {
            return DEFAULTS.getProperty(PROPERTIES.get(option.longestName()));
        }
        return null;
    }

    /**
     * Reads settings from option values (property to value), the defaults file for the rest.
     *
     * @throws ParameterException a usage error listing every bad option, one per line
     */
    static <T> T read(CommandSpec spec, Map<String, String> values, Function<SettingsReader, T> factory) {
        var reader = new SettingsReader(
                property -> Optional.ofNullable(values.get(property))
                        .or(() -> Optional.ofNullable(DEFAULTS.getProperty(property))),
                property -> OPTIONS.getOrDefault(property, property));
        try {
            return factory.apply(reader);
        } catch (InvalidSettingsException e) {
            throw new ParameterException(spec.commandLine(), String.join(System.lineSeparator(), e.problems()));
        }
    }
}
