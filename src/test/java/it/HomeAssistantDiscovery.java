package it;

import static it.HomeAssistantRules.*;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Checks MQTT discovery configs against Home Assistant's documented rules ({@link HomeAssistantRules}, with their
 * sources). A config that breaks a rule is named with the rule, so that a change of the curated values
 * (integrations/values.tsv) that Home Assistant would refuse, or ignore in silence (it ignores unknown keys: a
 * misspelt key is a lost setting), fails the tests.
 */
public final class HomeAssistantDiscovery {

    /** Where the rules come from. */
    public static final List<String> SOURCES = HomeAssistantRules.SOURCES;

    private HomeAssistantDiscovery() {}

    /** The units of a device class, sorted, as a problem lists them. */
    public static java.util.SortedSet<String> units(String deviceClass) {
        return HomeAssistantRules.units(deviceClass);
    }

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
}
