package luxlogger.luxtronik.entity;

import java.util.regex.Pattern;

/**
 * One controller the logger polls, under the name that its polls, metrics, MQTT topics and report folders carry.
 *
 * @param name matches {@link #NAME}, e.g. {@code heatpump}
 * @param settings how to reach it
 */
public record NamedController(String name, ControllerSettings settings) {

    /** What a controller's name may be: short, lower case, safe in a path, a topic and a metric label. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    /** The name of the one controller when CONTROLLER_NAME is not set. */
    public static final String DEFAULT_NAME = "heatpump";

    /** True when this controller is the built-in simulated heat pump. */
    public boolean simulated() {
        return settings.simulated();
    }
}
