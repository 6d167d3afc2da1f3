package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import luxlogger.integrations.entity.CuratedValue;
import luxlogger.integrations.entity.MqttMessage;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;

class StateMessagesTest {

    private static final List<CuratedValue> VALUES = CuratedValues.standard();
    private static final StateMessages MESSAGES = new StateMessages(VALUES, "lux-logger/heatpump", null);

    private static Snapshot dump(Profile profile) {
        Snapshot dump = profile.snapshot();
        return new Snapshot(
                Instant.parse("2026-12-06T10:00:00Z"), dump.parameters(), dump.calculations(), dump.visibilities());
    }

    private static Map<String, MqttMessage> byTopic(List<MqttMessage> messages) {
        return messages.stream().collect(Collectors.toMap(MqttMessage::topic, Function.identity()));
    }

    @Test
    void keysAreTheMetricNamesWithoutPrefixUnitAndTotal() {
        Map<String, String> keys = VALUES.stream().collect(Collectors.toMap(CuratedValue::metric, StateMessages::key));

        assertThat(keys)
                .containsEntry("luxtronik_flow_temperature_celsius", "flow_temperature")
                .containsEntry("luxtronik_high_pressure_pascals", "high_pressure")
                .containsEntry("luxtronik_heat_heating_joules_total", "heat_heating")
                .containsEntry("luxtronik_compressor1_starts_total", "compressor1_starts")
                .containsEntry("luxtronik_heating_pump_control_ratio", "heating_pump_control")
                .containsEntry("luxtronik_operating_mode", "operating_mode");
        assertThat(keys.values()).doesNotHaveDuplicates().allMatch(key -> key.matches("[a-z0-9_]+"));
        assertThat(keys.values()).doesNotContain("time", "state", "availability");
    }

    @Test
    void aPollIsOneJsonStateAndEachValueAlone() {
        List<MqttMessage> messages = MESSAGES.state(dump(Profile.BOUNI_V3_78));

        MqttMessage state = messages.get(0);
        assertThat(state.topic()).isEqualTo("lux-logger/heatpump/state");
        assertThat(messages).allMatch(MqttMessage::retained);
        JsonObject json = Json.createReader(new StringReader(state.payload())).readObject();
        assertThat(json.getString("time")).isEqualTo("2026-12-06T10:00:00Z");
        // the values dumps/README.md states for bouni_v3.78, in the controller's units
        assertThat(json.getJsonNumber("flow_temperature").bigDecimalValue()).isEqualByComparingTo("45.4");
        assertThat(json.getJsonNumber("outdoor_temperature").bigDecimalValue()).isEqualByComparingTo("-4.0");
        assertThat(json.getString("operating_mode")).isNotBlank();
        assertThat(json.get("compressor1_running").getValueType())
                .isIn(jakarta.json.JsonValue.ValueType.TRUE, jakarta.json.JsonValue.ValueType.FALSE);

        Map<String, MqttMessage> alone = byTopic(messages.subList(1, messages.size()));
        assertThat(alone.get("lux-logger/heatpump/flow_temperature").payload()).isEqualTo("45.4");
        assertThat(alone.get("lux-logger/heatpump/compressor1_running").payload())
                .isIn("ON", "OFF");
        assertThat(alone.get("lux-logger/heatpump/operating_mode").payload())
                .isEqualTo(json.getString("operating_mode"));
        // each value alone also stands in the JSON state, under the same key
        assertThat(alone.keySet())
                .allSatisfy(topic -> assertThat(json).containsKey(topic.substring("lux-logger/heatpump/".length())));
    }

    @Test
    void valuesAFirmwareLacksAreLeftOut() {
        Snapshot current = dump(Profile.CURRENT);
        Snapshot old = dump(Profile.COOLCHIP_V1_80);

        Map<String, MqttMessage> ofCurrent = byTopic(MESSAGES.state(current));
        Map<String, MqttMessage> ofOld = byTopic(MESSAGES.state(old));

        assertThat(ofOld.size()).isLessThan(ofCurrent.size());
        assertThat(ofCurrent).containsKey("lux-logger/heatpump/electricity_heating");
        JsonObject oldState = Json.createReader(
                        new StringReader(ofOld.get("lux-logger/heatpump/state").payload()))
                .readObject();
        assertThat(oldState).doesNotContainKey("electricity_heating");
        assertThat(oldState.getJsonNumber("flow_temperature").bigDecimalValue()).isInstanceOf(BigDecimal.class);
    }

    @Test
    void withoutDiscoveryThereAreNoConfigs() {
        assertThat(MESSAGES.discovery(dump(Profile.CURRENT))).isEmpty();
    }
}
