package luxlogger.integrations.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import luxlogger.configuration.control.SettingsReader;

/**
 * Publishing to an MQTT broker, off unless {@code MQTT_URL} is set: each stored poll's values under a topic per
 * controller, and with {@code MQTT_HA_DISCOVERY=true} Home Assistant's discovery configs for them.
 *
 * @param url {@code tcp://HOST[:PORT]} or {@code ssl://HOST[:PORT]}; empty when publishing is off
 * @param user empty for a broker without login
 * @param password empty without one; never part of a log line
 * @param topic each controller's base topic, {@code {controller}} standing for its name, e.g.
 *     {@code lux-logger/{controller}}
 * @param discovery whether Home Assistant's discovery configs are published
 * @param discoveryPrefix the topic those go under, Home Assistant's {@code homeassistant} unless changed there
 */
public record MqttSettings(
        String url, String user, String password, String topic, boolean discovery, String discoveryPrefix) {

    /** What stands for the controller's name in {@code MQTT_TOPIC}. */
    public static final String CONTROLLER = "{controller}";

    /** Topic levels without MQTT's wildcards, without empty levels and without a leading or trailing '/'. */
    private static final Pattern TOPIC = Pattern.compile("[^/+#\\s\\u0000]+(/[^/+#\\s\\u0000]+)*");

    /** Home Assistant's discovery prefix is one plain topic level. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]+");

    /**
     * Reads {@code mqtt.url}, {@code mqtt.user}, {@code mqtt.password}, {@code mqtt.topic}, {@code mqtt.ha.discovery}
     * and {@code mqtt.ha.prefix}.
     *
     * @param controllers how many controllers are polled: with more than one, each needs a topic of its own
     * @throws luxlogger.configuration.control.InvalidSettingsException naming every unusable value
     */
    public static MqttSettings from(SettingsReader reader, int controllers) {
        String url = reader.text("mqtt.url");
        String user = reader.text("mqtt.user");
        String password = reader.text("mqtt.password");
        String topic = reader.text("mqtt.topic");
        boolean discovery = reader.bool("mqtt.ha.discovery");
        String prefix = reader.text("mqtt.ha.prefix");
        if (!url.isEmpty()) {
            checkUrl(reader, url);
        }
        if (!password.isEmpty() && user.isEmpty()) {
            reader.missing("mqtt.user", "the user the password of MQTT_PASSWORD belongs to");
        }
        if (!TOPIC.matcher(topic).matches()) {
            reader.problem(
                    "mqtt.topic", topic, "topic levels separated by '/', without '+', '#', spaces or empty levels");
        } else if (controllers > 1 && !topic.contains(CONTROLLER)) {
            reader.problem(
                    "mqtt.topic", topic, "a topic with " + CONTROLLER + " in it, as several controllers are polled");
        }
        if (!PREFIX.matcher(prefix).matches()) {
            reader.problem("mqtt.ha.prefix", prefix, "one topic level of letters, digits, '_' or '-'");
        }
        return reader.valid(new MqttSettings(url, user, password, topic, discovery, prefix));
    }

    private static void checkUrl(SettingsReader reader, String url) {
        String expected = "tcp://HOST[:PORT] or ssl://HOST[:PORT], e.g. tcp://broker.home:1883";
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getRawUserInfo() != null) {
                // the user and password go into MQTT_USER and MQTT_PASSWORD, and a password is never logged
                reader.problem(
                        "mqtt.url",
                        scheme + "://...@" + uri.getHost(),
                        expected + ", with the login in MQTT_USER and MQTT_PASSWORD");
            } else if (!(scheme.equals("tcp") || scheme.equals("ssl"))
                    || uri.getHost() == null
                    || uri.getPort() == 0
                    || uri.getPort() > 65535
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    || uri.getRawQuery() != null) {
                reader.problem("mqtt.url", url, expected);
            }
        } catch (URISyntaxException e) {
            reader.problem("mqtt.url", url, expected);
        }
    }

    /** True when a broker is set. */
    public boolean enabled() {
        return !url.isEmpty();
    }

    /** A controller's base topic, e.g. {@code lux-logger/heatpump}. */
    public String topic(String controller) {
        return topic.replace(CONTROLLER, controller);
    }
}
