package luxlogger.integrations.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import luxlogger.integrations.entity.BaseUnit;
import luxlogger.integrations.entity.CuratedValue;
import luxlogger.integrations.entity.MqttMessage;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * What one stored poll of a controller becomes on MQTT, all retained so that a subscriber that comes later (Home
 * Assistant after a restart) has the values at once: {@code <topic>/state}, one JSON object with the poll's time and
 * each curated value by its key ({@code {"time":"2026-12-06T10:00:00Z","flow_temperature":35.2,...}}), and each value
 * alone on {@code <topic>/<key>} as plain text ({@code 35.2}; {@code ON}/{@code OFF} for on/off states; a
 * selection's label). Values are in the units the controller shows (°C, bar, kWh), not Prometheus' base units. A
 * value the controller's firmware does not have is left out; one that cannot be decoded is {@code null} in the
 * JSON and not published alone.
 */
public final class StateMessages {

    public static final String ON = "ON";
    public static final String OFF = "OFF";

    private final List<CuratedValue> values;
    private final String topic;
    private final DiscoveryConfigs discovery;
    private final Decoder decoder = new Decoder(Catalog.standard());

    /**
     * @param topic the controller's base topic, e.g. {@code lux-logger/heatpump}
     * @param discovery Home Assistant's configs for the same values; null when they are not published
     */
    public StateMessages(List<CuratedValue> values, String topic, DiscoveryConfigs discovery) {
        this.values = List.copyOf(values);
        this.topic = topic;
        this.discovery = discovery;
    }

    /**
     * A value's key in the JSON state and its topic: its metric's name without {@code luxtronik_}, the base unit and
     * {@code _total}, since the value is in the controller's unit, e.g. {@code flow_temperature} or
     * {@code heat_heating}.
     */
    public static String key(CuratedValue value) {
        String key = value.metric().substring("luxtronik_".length());
        key = key.endsWith("_total") ? key.substring(0, key.length() - "_total".length()) : key;
        String suffix = BaseUnit.of(value.field().unit()).map(BaseUnit::suffix).orElse("");
        return suffix.isEmpty() || !key.endsWith("_" + suffix)
                ? key
                : key.substring(0, key.length() - suffix.length() - 1);
    }

    /** The state of one poll: the JSON object first, then each value alone. */
    public List<MqttMessage> state(Snapshot snapshot) {
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("time", snapshot.time().toString());
        List<MqttMessage> alone = new ArrayList<>();
        for (CuratedValue value : values) {
            Reading reading = decoder.decode(snapshot, value.field()).orElse(null);
            if (reading == null) {
                continue;
            }
            String key = key(value);
            add(json, key, reading.value());
            if (reading.value() != null) {
                alone.add(new MqttMessage(topic + "/" + key, text(reading), true));
            }
        }
        List<MqttMessage> messages = new ArrayList<>(alone.size() + 1);
        messages.add(new MqttMessage(topic + "/state", json.build().toString(), true));
        messages.addAll(alone);
        return messages;
    }

    /** Home Assistant's discovery configs for the values this poll has; none when discovery is off. */
    public List<MqttMessage> discovery(Snapshot snapshot) {
        return discovery == null ? List.of() : discovery.configs(snapshot);
    }

    private static void add(JsonObjectBuilder json, String key, Object value) {
        if (value == null) {
            json.addNull(key);
        } else if (value instanceof BigDecimal decimal) {
            json.add(key, decimal);
        } else if (value instanceof Integer number) {
            json.add(key, number);
        } else if (value instanceof Boolean on) {
            json.add(key, on);
        } else {
            json.add(key, value.toString());
        }
    }

    private static String text(Reading reading) {
        if (reading.value() instanceof Boolean on) {
            return on ? ON : OFF;
        }
        return reading.text();
    }
}
