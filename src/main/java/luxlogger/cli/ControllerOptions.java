package luxlogger.cli;

import java.util.HashMap;
import java.util.Map;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.entity.ControllerSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How to reach the controller; shared by the commands that read one. Defaults and bounds are the server's. */
class ControllerOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--host",
            required = true,
            description = "Controller address, e.g. 192.0.2.20 (127.0.0.1 for a local simulator).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Config port, 1-65535 (default: ${DEFAULT-VALUE}).")
    String port;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Seconds one complete read may take, 1-3600 (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(
            names = "--retries",
            paramLabel = "N",
            description = "Further attempts after a failed read, 0-20 (default: ${DEFAULT-VALUE}).")
    String retries;

    /** The controller's settings as the server reads them, from these options. */
    ControllerSettings settings() {
        Map<String, String> values = new HashMap<>();
        values.put("host", host);
        values.put("port", port);
        values.put("timeout.sec", timeout);
        values.put("retries", retries);
        ControllerSettings settings = SettingOptions.read(spec, values, ControllerSettings::from);
        if (settings.simulated()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--host='" + host + "' is invalid: expected a controller's"
                            + " address; for a simulated one run 'lux-logger simulate --port 8889' and use --host 127.0.0.1");
        }
        return settings;
    }

    Connector connector() {
        ControllerSettings settings = settings();
        return new Connector(
                settings.host(), settings.port(), settings.timeout(), settings.retries(), settings.backoff());
    }
}
