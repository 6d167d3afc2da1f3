package luxlogger.integrations.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import luxlogger.integrations.entity.CuratedValue;
import luxlogger.integrations.entity.MqttMessage;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Home Assistant's MQTT discovery configs (home-assistant.io/integrations/mqtt/#discovery-messages) for one
 * controller's curated values: one retained config per value at
 * {@code <prefix>/<sensor|binary_sensor>/lux-logger_<controller>/<key>/config}, each reading the value's own topic,
 * all under one device named after the controller, all unavailable while the availability topic says offline or
 * no value came for three polls ({@code expire_after}). Only values the controller's firmware has are announced.
 */
public final class DiscoveryConfigs {

    static final String ORIGIN = "lux-logger";
    private static final String MANUFACTURER = "Luxtronik";
    private static final Field HEAT_PUMP_TYPE =
            Catalog.standard().field("calculations.ID_WEB_Code_WP_akt").orElseThrow();

    private final List<CuratedValue> values;
    private final String controller;
    private final String topic;
    private final String prefix;
    private final long expireAfter;
    private final Decoder decoder = new Decoder(Catalog.standard());
    /** The labels of each selection type the controller documents, by the type's name. */
    private final Map<String, List<String>> labels = new ConcurrentHashMap<>();

    /**
     * @param topic the controller's base topic, e.g. {@code lux-logger/heatpump}
     * @param prefix Home Assistant's discovery prefix, {@code homeassistant} by default
     * @param interval the poll interval: a value not renewed for three of them (at least a minute) expires
     */
    public DiscoveryConfigs(
            List<CuratedValue> values, String controller, String topic, String prefix, Duration interval) {
        this.values = List.copyOf(values);
        this.controller = controller;
        this.topic = topic;
        this.prefix = prefix;
        this.expireAfter = Math.max(60, interval.multipliedBy(3).toSeconds());
    }

    /** The configs of the values this poll has, in the table's order. */
    public List<MqttMessage> configs(Snapshot snapshot) {
        JsonObject device = device(snapshot);
        List<MqttMessage> configs = new ArrayList<>();
        for (CuratedValue value : values) {
            decoder.decode(snapshot, value.field()).ifPresent(reading -> {
                String key = StateMessages.key(value);
                String at = prefix + "/" + value.component() + "/" + node() + "/" + key + "/config";
                configs.add(
                        new MqttMessage(at, config(value, key, reading, device).toString(), true));
            });
        }
        return configs;
    }

    private String node() {
        return ORIGIN + "_" + controller;
    }

    private JsonObject config(CuratedValue value, String key, Reading reading, JsonObject device) {
        JsonObjectBuilder config = Json.createObjectBuilder()
                .add("name", value.label())
                .add("unique_id", node() + "_" + key)
                .add("state_topic", topic + "/" + key)
                .add("availability_topic", topic + "/availability")
                .add("payload_available", MqttLink.ONLINE)
                .add("payload_not_available", MqttLink.OFFLINE)
                .add("expire_after", expireAfter)
                .add("device", device)
                .add("origin", Json.createObjectBuilder().add("name", ORIGIN));
        if (value.binary()) {
            config.add("payload_on", StateMessages.ON).add("payload_off", StateMessages.OFF);
        }
        optional(config, "device_class", value.deviceClass());
        optional(config, "state_class", value.stateClass());
        optional(config, "unit_of_measurement", value.unit());
        if (value.deviceClass().equals("enum")) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            options(value.field(), reading).forEach(options::add);
            config.add("options", options);
        }
        return config.build();
    }

    /**
     * The labels of a selection, and the poll's own if the table does not know it (Unknown_12), since Home Assistant
     * refuses a state that is not among the options.
     */
    private Set<String> options(Field field, Reading reading) {
        List<String> known = labels.computeIfAbsent(field.type().key(), type -> known(field));
        Set<String> options = new LinkedHashSet<>(known);
        options.add(reading.text());
        return options;
    }

    /** Codes of the controller are small numbers: the ones a label is documented for. */
    private static List<String> known(Field field) {
        Set<String> known = new LinkedHashSet<>();
        for (int code = 0; code < 1_000; code++) {
            String label = String.valueOf(field.type().decode(code));
            if (!label.startsWith("Unknown_")) {
                known.add(label);
            }
        }
        return List.copyOf(known);
    }

    private JsonObject device(Snapshot snapshot) {
        String type =
                decoder.decode(snapshot, HEAT_PUMP_TYPE).map(Reading::text).orElse("");
        JsonObjectBuilder device = Json.createObjectBuilder()
                .add("identifiers", Json.createArrayBuilder().add(node()))
                .add("name", controller)
                .add("manufacturer", MANUFACTURER)
                .add("model", type.isEmpty() || type.startsWith("Unknown_") ? "Luxtronik 2" : type);
        optional(device, "sw_version", Decoder.firmware(snapshot));
        return device.build();
    }

    private static void optional(JsonObjectBuilder json, String key, String value) {
        if (!value.isEmpty()) {
            json.add(key, value);
        }
    }
}
