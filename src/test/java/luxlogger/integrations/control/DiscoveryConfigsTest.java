package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.HomeAssistantDiscovery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import luxlogger.integrations.entity.MqttMessage;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The configs checked against Home Assistant's documented rules ({@link HomeAssistantDiscovery}), on every dump. */
class DiscoveryConfigsTest {

    private static final String TOPIC = "lux-logger/heatpump";
    private static final DiscoveryConfigs CONFIGS =
            new DiscoveryConfigs(CuratedValues.standard(), "heatpump", TOPIC, "homeassistant", Duration.ofSeconds(30));

    private static Map<String, JsonObject> configs(Snapshot snapshot) {
        Map<String, JsonObject> configs = new LinkedHashMap<>();
        for (MqttMessage message : CONFIGS.configs(snapshot)) {
            assertThat(message.retained()).as(message.topic()).isTrue();
            configs.put(message.topic(), json(message.payload()));
        }
        return configs;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyConfigIsOneHomeAssistantTakes(Profile profile) {
        Map<String, JsonObject> configs = configs(profile.snapshot());

        List<String> problems = new ArrayList<>();
        configs.forEach((topic, config) -> problems.addAll(HomeAssistantDiscovery.problems(topic, config)));

        assertThat(configs).hasSizeGreaterThan(30);
        assertThat(problems).as("sources: " + HomeAssistantDiscovery.SOURCES).isEmpty();
        assertThat(configs.values()).extracting(c -> c.getString("unique_id")).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyStateFitsItsConfig(Profile profile) {
        Snapshot snapshot = profile.snapshot();
        Map<String, String> states = new LinkedHashMap<>();
        new StateMessages(CuratedValues.standard(), TOPIC, null)
                .state(snapshot)
                .forEach(message -> states.put(message.topic(), message.payload()));

        List<String> problems = new ArrayList<>();
        for (JsonObject config : configs(snapshot).values()) {
            String state = states.get(config.getString("state_topic"));
            if (state != null) {
                problems.addAll(HomeAssistantDiscovery.stateProblems(config, state));
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void allValuesAreOneDeviceNamedAfterTheController() {
        Map<String, JsonObject> configs = configs(Profile.BOUNI_V3_78.snapshot());

        assertThat(configs.values()).extracting(c -> c.getJsonObject("device")).containsOnly(json("""
                {"identifiers":["lux-logger_heatpump"],"name":"heatpump","manufacturer":"Luxtronik",
                 "model":"MSW 6","sw_version":"V3.78"}"""));
        JsonObject flow = configs.get("homeassistant/sensor/lux-logger_heatpump/flow_temperature/config");
        assertThat(flow.getString("unique_id")).isEqualTo("lux-logger_heatpump_flow_temperature");
        assertThat(flow.getString("state_topic")).isEqualTo(TOPIC + "/flow_temperature");
        assertThat(flow.getString("availability_topic")).isEqualTo(TOPIC + "/availability");
        assertThat(flow.getString("device_class")).isEqualTo("temperature");
        assertThat(flow.getString("unit_of_measurement")).isEqualTo("°C");
        assertThat(flow.getString("state_class")).isEqualTo("measurement");
        assertThat(flow.getInt("expire_after")).isEqualTo(90);
        JsonObject compressor =
                configs.get("homeassistant/binary_sensor/lux-logger_heatpump/compressor1_running/config");
        assertThat(compressor.getString("payload_on")).isEqualTo("ON");
        assertThat(compressor.getString("payload_off")).isEqualTo("OFF");
        assertThat(compressor.getString("device_class")).isEqualTo("running");
    }

    @Test
    void aSelectionOffersTheControllersLabelsAndAnUnknownCode() {
        Snapshot dump = Profile.BOUNI_V3_78.snapshot();
        int[] calculations = dump.calculations().clone();
        // operating mode (C80) with a code nobody documented
        calculations[80] = 99;
        Snapshot odd = new Snapshot(dump.time(), dump.parameters(), calculations, dump.visibilities());

        JsonObject mode = configs(odd).get("homeassistant/sensor/lux-logger_heatpump/operating_mode/config");

        assertThat(mode.getJsonArray("options").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains("heating", "hot water", "defrost", "Unknown_99");
        assertThat(HomeAssistantDiscovery.stateProblems(mode, "Unknown_99")).isEmpty();
    }

    @Test
    void theCheckFindsWhatHomeAssistantWouldRefuse() {
        JsonObject good =
                configs(Profile.CURRENT.snapshot()).get("homeassistant/sensor/lux-logger_heatpump/heat_heating/config");
        String topic = "homeassistant/sensor/lux-logger_heatpump/heat_heating/config";

        assertThat(HomeAssistantDiscovery.problems(topic, good)).isEmpty();
        assertThat(HomeAssistantDiscovery.problems(
                        topic,
                        Json.createObjectBuilder(good).remove("state_topic").build()))
                .containsExactly(topic + ": no state_topic");
        assertThat(HomeAssistantDiscovery.problems(
                        topic,
                        Json.createObjectBuilder(good)
                                .add("state_class", "measurement")
                                .build()))
                .containsExactly(topic + ": energy cannot be a measurement");
        assertThat(HomeAssistantDiscovery.problems(
                        topic,
                        Json.createObjectBuilder(good)
                                .add("unit_of_measurment", "kWh")
                                .build()))
                .containsExactly(topic + ": unit_of_measurment is no configuration variable of sensor");
        assertThat(HomeAssistantDiscovery.problems(
                        topic,
                        Json.createObjectBuilder(good)
                                .add("unit_of_measurement", "l/h")
                                .build()))
                .containsExactly(topic + ": l/h is no unit of energy " + HomeAssistantDiscovery.units("energy"));
        assertThat(HomeAssistantDiscovery.problems("homeassistant/sensor/lux logger/x/config", good))
                .hasSize(1);
    }
}
