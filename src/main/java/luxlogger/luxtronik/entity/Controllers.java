package luxlogger.luxtronik.entity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import luxlogger.configuration.control.SettingsReader;

/**
 * Every controller the logger polls: either the one of {@code HOST}/{@code PORT}, named by {@code CONTROLLER_NAME},
 * or the list in {@code CONTROLLERS=name=host[:port],...}. The timeout, retries and backoff apply to each.
 *
 * @param all in the order given, each name once
 */
public record Controllers(List<NamedController> all) {

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
        return reader.valid(new Controllers(controllers));
    }

    private static NamedController one(SettingsReader reader, ControllerSettings shared) {
        String name = reader.text("controller.name");
        if (name.isEmpty()) {
            name = NamedController.DEFAULT_NAME;
        } else if (!NamedController.NAME.matcher(name).matches()) {
            reader.problem("controller.name", name, "a name matching " + NamedController.NAME + ", e.g. heatpump");
        }
        String host = ControllerSettings.host(reader);
        return new NamedController(name, withHost(shared, host, shared.port()));
    }

    private static List<NamedController> several(SettingsReader reader, String list, ControllerSettings shared) {
        var controllers = new ArrayList<NamedController>();
        Set<String> names = new LinkedHashSet<>();
        for (String entry : list.split(",", -1)) {
            NamedController controller = ControllerEntry.parse(reader, list, entry.trim(), shared);
            if (controller == null) {
                continue;
            }
            if (!names.add(controller.name())) {
                reader.problem(
                        "controllers", list, "each name once, but '" + controller.name() + "' is given more than once");
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
