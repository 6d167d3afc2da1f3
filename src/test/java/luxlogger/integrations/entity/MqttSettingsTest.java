package luxlogger.integrations.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;
import org.junit.jupiter.api.Test;

class MqttSettingsTest {

    /** The shipped defaults, overridden by the given properties, as MicroProfile Config reads them. */
    private static MqttSettings read(int controllers, String... propertiesAndValues) {
        Map<String, String> properties = new HashMap<>();
        SettingsReader.defaults().forEach((key, value) -> properties.put((String) key, (String) value));
        for (int i = 0; i < propertiesAndValues.length; i += 2) {
            properties.put(propertiesAndValues[i], propertiesAndValues[i + 1]);
        }
        return MqttSettings.from(
                new SettingsReader(
                        key -> Optional.ofNullable(properties.get(key)).filter(v -> !v.isEmpty())),
                controllers);
    }

    private static String problems(int controllers, String... propertiesAndValues) {
        try {
            read(controllers, propertiesAndValues);
        } catch (InvalidSettingsException e) {
            return e.getMessage();
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void isOffWithoutABroker() {
        MqttSettings settings = read(1);

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.topic("heatpump")).isEqualTo("lux-logger/heatpump");
        assertThat(settings.discovery()).isFalse();
        assertThat(settings.discoveryPrefix()).isEqualTo("homeassistant");
    }

    @Test
    void takesABrokerWithLoginTopicAndDiscovery() {
        MqttSettings settings = read(
                2,
                "mqtt.url",
                "ssl://broker.example:8883",
                "mqtt.user",
                "lux",
                "mqtt.password",
                "secret",
                "mqtt.topic",
                "home/{controller}/pump",
                "mqtt.ha.discovery",
                "TRUE",
                "mqtt.ha.prefix",
                "ha_test");

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.topic("annex")).isEqualTo("home/annex/pump");
        assertThat(settings.discovery()).isTrue();
        assertThat(settings.discoveryPrefix()).isEqualTo("ha_test");
        assertThat(read(1, "mqtt.url", "tcp://192.168.1.10").url()).isEqualTo("tcp://192.168.1.10");
    }

    @Test
    void namesEveryBadValueByItsVariable() {
        String problems = problems(
                1,
                "mqtt.url",
                "http://broker:1883",
                "mqtt.topic",
                "lux/#",
                "mqtt.ha.discovery",
                "yes",
                "mqtt.ha.prefix",
                "home/assistant");

        assertThat(problems)
                .contains("MQTT_URL='http://broker:1883' is invalid: expected tcp://HOST[:PORT] or ssl://HOST[:PORT]")
                .contains("MQTT_TOPIC='lux/#' is invalid")
                .contains("MQTT_HA_DISCOVERY='yes' is invalid: expected true or false")
                .contains("MQTT_HA_PREFIX='home/assistant' is invalid");
    }

    @Test
    void refusesUrlsThatAreNoBrokerAddress() {
        for (String url : new String[] {"tcp://", "tcp://broker:0", "tcp://broker:70000", "tcp://broker/x", "broker"}) {
            assertThat(problems(1, "mqtt.url", url)).as(url).contains("MQTT_URL='" + url + "' is invalid");
        }
    }

    @Test
    void neverLogsAPasswordGivenInTheUrl() {
        String problems = problems(1, "mqtt.url", "tcp://lux:topsecret@broker:1883");

        assertThat(problems).contains("MQTT_URL='tcp://...@broker'").contains("MQTT_USER and MQTT_PASSWORD");
        assertThat(problems).doesNotContain("topsecret");
    }

    @Test
    void wantsTheUserOfAPassword() {
        assertThat(problems(1, "mqtt.url", "tcp://broker", "mqtt.password", "secret"))
                .contains("MQTT_USER is not set")
                .doesNotContain("secret'");
    }

    @Test
    void wantsATopicPerControllerWhenSeveralArePolled() {
        assertThat(problems(2, "mqtt.url", "tcp://broker", "mqtt.topic", "heatpumps"))
                .contains("MQTT_TOPIC='heatpumps' is invalid: expected a topic with {controller} in it");
        assertThat(read(1, "mqtt.topic", "heatpumps").topic("heatpump")).isEqualTo("heatpumps");
    }

    @Test
    void refusesEmptyTopicLevels() {
        for (String topic : new String[] {"/lux", "lux/", "lux//x", "lux/+/x", "lux x"}) {
            assertThat(problems(1, "mqtt.topic", topic)).as(topic).contains("MQTT_TOPIC=");
        }
    }
}
