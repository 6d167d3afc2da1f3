package luxlogger.cli;

import java.time.Duration;
import luxlogger.luxtronik.control.Connector;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How to reach the controller; shared by the commands that read one. */
class ControllerOptions {

    /** The same bounds as the logger's own settings, so a value that works there works here. */
    static final int MAX_TIMEOUT_SECONDS = 3_600;
    static final int MAX_RETRIES = 20;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--host", required = true,
            description = "Controller address, e.g. 192.0.2.20 (127.0.0.1 for a local simulator).")
    String host;

    int port;
    int timeoutSeconds;
    int retries;

    @Option(names = "--port", defaultValue = "8889", paramLabel = "PORT",
            description = "Config port, 1-65535 (default: ${DEFAULT-VALUE}).")
    void port(int port) {
        this.port = within(spec, "--port", port, 1, 65535);
    }

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Seconds one complete read may take, 1-" + MAX_TIMEOUT_SECONDS
                    + " (default: ${DEFAULT-VALUE}).")
    void timeout(int seconds) {
        this.timeoutSeconds = within(spec, "--timeout", seconds, 1, MAX_TIMEOUT_SECONDS);
    }

    @Option(names = "--retries", defaultValue = "2", paramLabel = "N",
            description = "Further attempts after a failed read, 0-" + MAX_RETRIES + " (default: ${DEFAULT-VALUE}).")
    void retries(int retries) {
        this.retries = within(spec, "--retries", retries, 0, MAX_RETRIES);
    }

    Connector connector(int minBackoffMillis) {
        return new Connector(host, port, Duration.ofSeconds(timeoutSeconds), retries,
                Duration.ofMillis(Math.max(500, minBackoffMillis)));
    }

    /** The value when it lies in min..max; otherwise a usage error in picocli's own wording. */
    static int within(CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + value
                    + " is not within " + min + ".." + max);
        }
        return value;
    }
}
