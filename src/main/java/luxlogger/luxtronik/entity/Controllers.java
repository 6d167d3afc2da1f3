package luxlogger.luxtronik.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import luxlogger.configuration.control.SettingsReader;

/**
 * Every controller the logger polls: either the one of {@code HOST}/{@code PORT}, named by {@code CONTROLLER_NAME},
 * or the list in {@code CONTROLLERS=name=host[:port],...}. The timeout, retries and backoff apply to each.
 *
 * @param all in the order given, each name once
 * @param legacy the controller that polls stored before there were several belong to: {@code CONTROLLER_NAME},
 *     default {@code heatpump}, also when {@code CONTROLLERS} lists others
 * @param instance this logger's name ({@code INSTANCE_NAME}, default the host name), recorded with the
 *     controllers it polls, so that several instances can share one database
 */
public record Controllers(List<NamedController> all, String legacy, String instance) {

    /** What an instance's name may be: a host name's characters. */
    static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    private static final String LIST = "name=host[:port] entries separated by commas, e.g."
            + " CONTROLLERS=cellar=192.0.2.20,annex=192.0.2.21:8889";

    public Controllers {
        all = List.copyOf(all);
    }

    /** The names, in the order given. */
    public List<String> names() {
        return all.stream().map(NamedController::name).toList();
    }

    /**
     * Reads {@code controllers}, or else {@code host}, {@code port} and {@code controller.name}; and
     * {@code timeout.sec}, {@code retries} and {@code backoff.ms} for all of them.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming every unusable value
     */
    public static Controllers from(SettingsReader reader) {
        String list = reader.text("controllers");
        String host = reader.text("host");
        int port = reader.integer("port", 1, 65535, "a TCP port from 1 to 65535");
        int timeout = reader.integer("timeout.sec", 1, 3_600, "a whole number of seconds from 1 to 3600");
        int retries = reader.integer("retries", 0, 20, "a whole number from 0 to 20");
        int backoff = reader.integer("backoff.ms", 0, 30_000, "a whole number of milliseconds from 0 to 30000");
        var shared = new ControllerSettings("", port, Duration.ofSeconds(timeout), retries, Duration.ofMillis(backoff));
        List<NamedController> controllers;
        if (!list.isEmpty() && !host.isEmpty()) {
            reader.problem(
                    "controllers",
                    list,
                    "either " + reader.name("controllers") + " for several controllers or " + reader.name("host")
                            + " for one, not both (" + reader.name("host") + "='" + host + "' is set too)");
            controllers = List.of();
        } else if (!list.isEmpty()) {
            controllers = several(reader, list, shared);
        } else {
            controllers = List.of(one(reader, shared));
        }
        return reader.valid(new Controllers(controllers, legacy(reader), instance(reader)));
    }

    /** The name of the only controller, or of the polls stored before there were several. */
    private static String legacy(SettingsReader reader) {
        String name = reader.text("controller.name");
        if (name.isEmpty()) {
            return NamedController.DEFAULT_NAME;
        }
        if (!NamedController.NAME.matcher(name).matches()) {
            reader.problem("controller.name", name, "a name matching " + NamedController.NAME + ", e.g. heatpump");
        }
        return name;
    }

    private static String instance(SettingsReader reader) {
        String name = reader.text("instance.name");
        if (name.isEmpty()) {
            return hostName();
        }
        if (!INSTANCE.matcher(name).matches()) {
            reader.problem(
                    "instance.name", name, "up to 63 letters, digits, dots, dashes or underscores, e.g. site-berlin");
        }
        return name;
    }

    /** The host's name as the system knows it, without asking a name server. */
    static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = Files.readString(Path.of("/etc/hostname")).trim();
            } catch (IOException | RuntimeException e) {
                name = "";
            }
        }
        return INSTANCE.matcher(name).matches() ? name : "lux-logger";
    }

    private static NamedController one(SettingsReader reader, ControllerSettings shared) {
        String name = reader.text("controller.name");
        if (!NamedController.NAME.matcher(name).matches()) {
            name = NamedController.DEFAULT_NAME;
        }
        // the development server (pom.xml) reads the built-in simulator when no controller is set
        String host =
                reader.text("host").isEmpty() && ControllerSettings.SIMULATOR.equals(reader.text("development.host"))
                        ? ControllerSettings.SIMULATOR
                        : ControllerSettings.host(reader);
        return new NamedController(name, withHost(shared, host, shared.port()));
    }

    private static List<NamedController> several(SettingsReader reader, String list, ControllerSettings shared) {
        var controllers = new ArrayList<NamedController>();
        Set<String> names = new LinkedHashSet<>();
        // a controller takes one connection at a time: two names for one address would poll it twice at once
        Map<String, String> addresses = new HashMap<>();
        for (String entry : list.split(",", -1)) {
            NamedController controller = ControllerEntry.parse(reader, list, entry.trim(), shared);
            if (controller == null) {
                continue;
            }
            if (!names.add(controller.name())) {
                reader.problem(
                        "controllers", list, "each name once, but '" + controller.name() + "' is given more than once");
            }
            if (!controller.simulated()) {
                String address = controller.settings().host().toLowerCase(Locale.ROOT) + ":"
                        + controller.settings().port();
                String other = addresses.putIfAbsent(address, controller.name());
                if (other != null) {
                    reader.problem(
                            "controllers",
                            list,
                            "each controller once, but '" + other + "' and '" + controller.name() + "' are both "
                                    + address + " (one controller takes one connection at a time)");
                }
            }
            controllers.add(controller);
        }
        return controllers;
    }

    static ControllerSettings withHost(ControllerSettings shared, String host, int port) {
        return new ControllerSettings(host, port, shared.timeout(), shared.retries(), shared.backoff());
    }

    static String expectedList() {
        return LIST;
    }
}
