package luxlogger.luxtronik.entity;

import java.time.Duration;
import java.util.regex.Pattern;
import luxlogger.configuration.control.SettingsReader;

/**
 * How to reach the controller: the same settings, defaults and bounds for the server (environment variables)
 * and the command line (options).
 *
 * @param host a host name or address, or {@link #SIMULATOR} for the built-in simulated heat pump
 * @param timeout how long one complete read may take
 * @param retries further attempts after a failed read
 * @param backoff wait before the first retry; doubled for each further one
 */
public record ControllerSettings(String host, int port, Duration timeout, int retries, Duration backoff) {

    /** The value of HOST that selects the built-in simulated heat pump. */
    public static final String SIMULATOR = "simulator";

    static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[?[0-9A-Fa-f:]+]?");

    /** True when the logger reads its own simulated heat pump instead of a real controller. */
    public boolean simulated() {
        return SIMULATOR.equals(host);
    }

    /**
     * Reads {@code host}, {@code port}, {@code timeout.sec}, {@code retries} and {@code backoff.ms}.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming every unusable value
     */
    public static ControllerSettings from(SettingsReader reader) {
        String host = host(reader);
        int port = reader.integer("port", 1, 65535, "a TCP port from 1 to 65535");
        int timeout = reader.integer("timeout.sec", 1, 3_600, "a whole number of seconds from 1 to 3600");
        int retries = reader.integer("retries", 0, 20, "a whole number from 0 to 20");
        int backoff = reader.integer("backoff.ms", 0, 30_000, "a whole number of milliseconds from 0 to 30000");
        return reader.valid(
                new ControllerSettings(host, port, Duration.ofSeconds(timeout), retries, Duration.ofMillis(backoff)));
    }

    /** Nothing is invented: without a HOST there is no controller, and the simulator has to be asked for by name. */
    static String host(SettingsReader reader) {
        String value = reader.text("host");
        if (value.isEmpty()) {
            reader.missing(
                    "host",
                    "the controller's address, e.g. 192.0.2.20, or 'simulator' for the built-in"
                            + " simulated heat pump (nothing is polled until it is set)");
        } else if (value.equalsIgnoreCase(SIMULATOR)) {
            return SIMULATOR;
        } else if (value.contains("://") || (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':'))) {
            reader.problem("host", value, "a host name or IP address only, e.g. 192.0.2.20 (the port goes in PORT)");
        } else if (!HOST_NAME.matcher(value).matches()) {
            reader.problem("host", value, "a host name or IP address, e.g. 192.0.2.20, or 'simulator'");
        }
        return value;
    }
}
