package it;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Home Assistant's documentation says an MQTT discovery config of a sensor or binary sensor may and must hold
 * (read 2026-12 from the sources below), and what lux-logger promises on top; {@link HomeAssistantDiscovery} checks
 * configs against it.
 */
final class HomeAssistantRules {

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

    static final Set<String> COMMON = Set.of(
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

    private HomeAssistantRules() {}

    /** The units of a device class, sorted, as a problem lists them. */
    static java.util.SortedSet<String> units(String deviceClass) {
        return new java.util.TreeSet<>(SENSOR_UNITS.getOrDefault(deviceClass, Set.of()));
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        var all = new java.util.LinkedHashSet<String>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }
}
