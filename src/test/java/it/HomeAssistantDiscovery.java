package it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Home Assistant requires of an MQTT discovery config, per component, as its documentation states it (read
 * 2026-12 from the sources below), and what lux-logger promises on top. A config that breaks a rule is named with the
 * rule, so that a change of the curated values (integrations/values.tsv) that Home Assistant would refuse, or ignore
 * in silence (it ignores unknown keys: a misspelt key is a lost setting), fails the tests.
 */
public final class HomeAssistantDiscovery {

    public static final List<String> SOURCES = List.of(
            // topic format, ids' characters, "all configuration variables which are required must be present",
            // origin (name required), device needs unique_id
            "https://www.home-assistant.io/integrations/mqtt/#discovery-messages",
            // the configuration variables of each component, "required: true" among them
            "https://www.home-assistant.io/integrations/sensor.mqtt/",
            "https://www.home-assistant.io/integrations/binary_sensor.mqtt/",
            // device classes and their units
            "https://www.home-assistant.io/integrations/sensor/#device-class",
            "https://www.home-assistant.io/integrations/binary_sensor/#device-class",
            // enum needs options; options exclude state_class and unit; measurement not for energy, gas, monetary
            "https://developers.home-assistant.io/docs/core/entity/sensor/");

    /** Documented as {@code required: true} (platform only in device-based discovery, which is not used). */
    static final Map<String, Set<String>> REQUIRED_BY_HOME_ASSISTANT =
            Map.of("sensor", Set.of("state_topic"), "binary_sensor", Set.of("state_topic"));

    /** lux-logger's promise: named, unique, one device, unavailable when the logger is; on/off spelled out. */
    static final Map<String, Set<String>> REQUIRED_BY_LUX_LOGGER = Map.of(
            "sensor",
            Set.of("name", "unique_id", "availability_topic", "device", "origin"),
            "binary_sensor",
            Set.of("name", "unique_id", "availability_topic", "device", "origin", "payload_on", "payload_off"));

    private static final Set<String> COMMON = Set.of(
            "availability",
            "availability_mode",
            "availability_template",
            "availability_topic",
            "device",
            "device_class",
            "enabled_by_default",
            "encoding",
            "entity_category",
            "entity_picture",
            "expire_after",
            "force_update",
            "icon",
            "json_attributes_template",
            "json_attributes_topic",
            "name",
            "object_id",
            "payload_available",
            "payload_not_available",
            "qos",
            "state_topic",
            "unique_id",
            "value_template",
            // the discovery payload's own keys
            "origin",
            "~");

    /** Every configuration variable documented per component: anything else Home Assistant drops unread. */
    static final Map<String, Set<String>> DOCUMENTED = Map.of(
            "sensor",
            union(
                    COMMON,
                    Set.of(
                            "last_reset_value_template",
                            "options",
                            "suggested_display_precision",
                            "state_class",
                            "unit_of_measurement")),
            "binary_sensor",
            union(COMMON, Set.of("off_delay", "payload_off", "payload_on")));

    static final Set<String> DEVICE_KEYS = Set.of(
            "configuration_url",
            "connections",
            "hw_version",
            "identifiers",
            "manufacturer",
            "model",
            "model_id",
            "name",
            "serial_number",
            "suggested_area",
            "sw_version",
            "via_device");

    static final Set<String> ORIGIN_KEYS = Set.of("name", "sw_version", "support_url");

    /** The units of the sensor device classes a heat pump's values may take (the others are not listed here). */
    static final Map<String, Set<String>> SENSOR_UNITS = Map.ofEntries(
            Map.entry("temperature", Set.of("°C", "°F", "K")),
            Map.entry("temperature_delta", Set.of("°C", "°F", "K")),
            Map.entry(
                    "pressure",
                    Set.of("mPa", "Pa", "hPa", "kPa", "bar", "cbar", "mbar", "mmHg", "inHg", "inH₂O", "psi")),
            Map.entry("frequency", Set.of("mHz", "Hz", "kHz", "MHz", "GHz")),
            Map.entry(
                    "volume_flow_rate",
                    Set.of(
                            "m³/h", "m³/min", "m³/s", "ft³/min", "L/h", "L/min", "L/s", "gal/d", "gal/h", "gal/min",
                            "mL/s")),
            Map.entry("power", Set.of("mW", "W", "kW", "MW", "GW", "TW")),
            Map.entry(
                    "energy",
                    Set.of(
                            "J", "kJ", "MJ", "GJ", "mWh", "Wh", "kWh", "MWh", "GWh", "TWh", "cal", "kcal", "Mcal",
                            "Gcal")),
            Map.entry("duration", Set.of("d", "h", "min", "s", "ms", "µs")),
            Map.entry("voltage", Set.of("V", "mV", "µV", "kV", "MV")),
            Map.entry("current", Set.of("A", "mA", "µA")),
            Map.entry("enum", Set.of()),
            Map.entry("timestamp", Set.of()));

    static final Set<String> BINARY_SENSOR_CLASSES = Set.of(
            "battery",
            "battery_charging",
            "carbon_monoxide",
            "cold",
            "connectivity",
            "door",
            "garage_door",
            "gas",
            "heat",
            "light",
            "lock",
            "moisture",
            "motion",
            "moving",
            "occupancy",
            "opening",
            "plug",
            "power",
            "presence",
            "problem",
            "running",
            "safety",
            "smoke",
            "sound",
            "tamper",
            "update",
            "vibration",
            "window");

    static final Set<String> STATE_CLASSES = Set.of("measurement", "measurement_angle", "total", "total_increasing");

    /** "the device_class must not be either of energy, gas, or monetary" for state class measurement. */
    static final Set<String> NEVER_MEASUREMENT = Set.of("energy", "gas", "monetary");

    /** {@code <discovery_prefix>/<component>/[<node_id>/]<object_id>/config}, ids of [a-zA-Z0-9_-]. */
    static final Pattern TOPIC =
            Pattern.compile("[^/#+]+/(sensor|binary_sensor)/(?:[a-zA-Z0-9_-]+/)?[a-zA-Z0-9_-]+/config");

    private HomeAssistantDiscovery() {}

    /** What is wrong with a config published at {@code topic}; empty when Home Assistant takes it as meant. */
    public static List<String> problems(String topic, JsonObject config) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = TOPIC.matcher(topic);
        if (!matcher.matches()) {
            return List.of(topic + ": not <prefix>/<sensor|binary_sensor>/[<node_id>/]<object_id>/config");
        }
        String component = matcher.group(1);
        for (String key : union(REQUIRED_BY_HOME_ASSISTANT.get(component), REQUIRED_BY_LUX_LOGGER.get(component))) {
            if (!config.containsKey(key)) {
                problems.add(topic + ": no " + key);
            }
        }
        for (String key : config.keySet()) {
            if (!DOCUMENTED.get(component).contains(key)) {
                problems.add(topic + ": " + key + " is no configuration variable of " + component);
            }
        }
        JsonObject device = config.getJsonObject("device");
        if (device != null) {
            device.keySet().stream()
                    .filter(key -> !DEVICE_KEYS.contains(key))
                    .forEach(key -> problems.add(topic + ": device." + key + " is not documented"));
            if (!device.containsKey("identifiers") && !device.containsKey("connections")) {
                problems.add(topic + ": the device has neither identifiers nor connections");
            }
        }
        JsonObject origin = config.getJsonObject("origin");
        if (origin != null && (!origin.containsKey("name") || !ORIGIN_KEYS.containsAll(origin.keySet()))) {
            problems.add(topic + ": origin needs a name and nothing undocumented");
        }
        if (config.containsKey("expire_after")
                && config.getJsonNumber("expire_after").intValueExact() <= 0) {
            problems.add(topic + ": expire_after is no positive number of seconds");
        }
        problems.addAll(component.equals("sensor") ? sensor(topic, config) : binarySensor(topic, config));
        return problems;
    }

    private static List<String> sensor(String topic, JsonObject config) {
        List<String> problems = new ArrayList<>();
        String deviceClass = config.getString("device_class", "");
        String unit = config.getString("unit_of_measurement", "");
        String stateClass = config.getString("state_class", "");
        if (!deviceClass.isEmpty()) {
            Set<String> units = SENSOR_UNITS.get(deviceClass);
            if (units == null) {
                problems.add(topic + ": device class " + deviceClass + " is not among those this check knows");
            } else if (!units.isEmpty() && !units.contains(unit)) {
                problems.add(topic + ": " + unit + " is no unit of " + deviceClass + " " + units(deviceClass));
            }
        }
        if (!stateClass.isEmpty() && !STATE_CLASSES.contains(stateClass)) {
            problems.add(topic + ": no state class " + stateClass);
        }
        if (stateClass.equals("measurement") && NEVER_MEASUREMENT.contains(deviceClass)) {
            problems.add(topic + ": " + deviceClass + " cannot be a measurement");
        }
        boolean options = config.containsKey("options");
        if (deviceClass.equals("enum") != options) {
            problems.add(topic + ": options go with device class enum, and enum needs them");
        }
        if (options && (config.getJsonArray("options").isEmpty() || !stateClass.isEmpty() || !unit.isEmpty())) {
            problems.add(topic + ": options must not be empty nor go with a state class or a unit");
        }
        return problems;
    }

    private static List<String> binarySensor(String topic, JsonObject config) {
        List<String> problems = new ArrayList<>();
        String deviceClass = config.getString("device_class", "");
        if (!deviceClass.isEmpty() && !BINARY_SENSOR_CLASSES.contains(deviceClass)) {
            problems.add(topic + ": no binary sensor device class " + deviceClass);
        }
        if (config.getString("payload_on", "ON").equals(config.getString("payload_off", "OFF"))) {
            problems.add(topic + ": payload_on and payload_off are the same");
        }
        return problems;
    }

    /** What is wrong with a state payload for this config: a number where Home Assistant expects one, and so on. */
    public static List<String> stateProblems(JsonObject config, String payload) {
        String name = config.getString("unique_id", "?") + " = '" + payload + "'";
        if (config.containsKey("payload_on")) {
            return payload.equals(config.getString("payload_on")) || payload.equals(config.getString("payload_off"))
                    ? List.of()
                    : List.of(name + ": neither payload_on nor payload_off");
        }
        if (config.containsKey("options")) {
            JsonArray options = config.getJsonArray("options");
            return options.getValuesAs(JsonString.class).stream()
                            .anyMatch(o -> o.getString().equals(payload))
                    ? List.of()
                    : List.of(name + ": not among the options");
        }
        if (config.containsKey("state_class") || config.containsKey("unit_of_measurement")) {
            try {
                new BigDecimal(payload);
            } catch (NumberFormatException e) {
                return List.of(name + ": no number, though a state class or unit says it is one");
            }
        }
        return List.of();
    }

    /** The units of a device class, sorted, as a problem lists them. */
    public static java.util.SortedSet<String> units(String deviceClass) {
        return new java.util.TreeSet<>(SENSOR_UNITS.getOrDefault(deviceClass, Set.of()));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        var all = new java.util.LinkedHashSet<String>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }
}
