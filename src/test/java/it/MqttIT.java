package it;

import static org.assertj.core.api.Assertions.assertThat;

import it.MqttSubscriber.Received;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.SimulatorOptions;
import org.junit.jupiter.api.Test;

/**
 * MQTT and Home Assistant end to end: a real server polls the simulated heat pump every second and publishes to a
 * real broker (mosquitto on 127.0.0.1) that a Paho client subscribes to, as Home Assistant does. The discovery
 * configs are retained and valid for Home Assistant's documented schema ({@link HomeAssistantDiscovery}); a state
 * arrives for each stored poll; the broker stopped and started again costs no stored poll, and publishing resumes
 * by itself; availability says offline when the logger stops and, by the last will, when it dies.
 */
class MqttIT {

    private static final String TOPIC = "lux-logger/heatpump";
    private static final String AVAILABILITY = TOPIC + "/availability";
    private static final String STATE = TOPIC + "/state";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void homeAssistantGetsEveryPollAndABrokerOutageCostsNone() throws Exception {
        try (var broker = Mosquitto.launch();
                var heatPump = HeatPump.start(SimulatorOptions.of(Profile.CURRENT));
                var subscriber = MqttSubscriber.subscribe(broker.url(), "lux-logger/#", "homeassistant/#");
                var server = new LibertyProcess(
                                "luxMqtt",
                                heatPump.serverEnvironment(
                                        "INTERVAL_SEC", "1",
                                        "TIMEOUT_SEC", "5",
                                        "RETRIES", "0",
                                        "MQTT_URL", broker.url(),
                                        "MQTT_HA_DISCOVERY", "true"))
                        .withoutData()) {
            Api api = server.start().api();
            subscriber.await(AVAILABILITY, Instant.EPOCH, m -> m.payload().equals("online"));
            // the configs go out with the first state
            subscriber.await(STATE, Instant.EPOCH, m -> true);

            List<String> uniqueIds = discoveryIsRetainedAndValid(broker);
            everyStoredPollHasItsState(api, subscriber);

            // the broker goes away while the logger polls on
            List<String> before = stateTimes(subscriber);
            Instant away = Instant.now();
            broker.stop();
            // storage goes on, undelayed
            api.awaitSeries(away, "ID_WEB_Temperatur_TA", 5);
            Instant back = Instant.now();
            broker.start();

            subscriber.await(AVAILABILITY, back, m -> m.payload().equals("online"));
            // the restarted broker kept nothing: the configs come again
            subscriber.await("homeassistant/sensor/lux-logger_heatpump/flow_temperature/config", back, m -> true);
            Await.until(
                    "states after the outage",
                    WAIT,
                    () -> stateTimes(subscriber).size() >= before.size() + 4);
            List<String> after = stateTimes(subscriber);
            assertThat(after)
                    .startsWith(before.toArray(String[]::new))
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(api.metric("luxlogger_mqtt_connection_failures_total", "controller=\"heatpump\""))
                    .isGreaterThanOrEqualTo(1);
            assertThat(api.metric("luxlogger_mqtt_reconnects_total", "controller=\"heatpump\""))
                    .isGreaterThanOrEqualTo(1);
            // the polls stored while the broker was away are history: only the newest went out after it
            assertThat(api.metric("luxlogger_mqtt_dropped_total", "controller=\"heatpump\""))
                    .isGreaterThanOrEqualTo(4);
            // confirmed by the broker: the subscriber may have a state before the logger has its confirmation
            Await.until(
                    "the states received counted as published",
                    Duration.ofSeconds(30),
                    () -> api.metric("luxlogger_mqtt_published_total", "controller=\"heatpump\"") >= after.size());
            assertThat(api.metric("luxlogger_mqtt_connected", "controller=\"heatpump\""))
                    .isEqualTo(1);

            // a clean stop says offline; every poll the controller answered is stored, one a second throughout
            // but for ticks the logger itself counted as failed or skipped (a busy machine), none for MQTT's sake
            double notPolled = api.polls("failed") + api.polls("skipped") + api.polls("rejected");
            Instant stopped = Instant.now();
            server.stop();
            subscriber.await(AVAILABILITY, stopped, m -> m.payload().equals("offline"));
            List<Long> polls = server.database().pollTimes();
            assertThat(polls).hasSize((int) heatPump.completeReads());
            assertThat(missingTicks(polls)).as("ticks without a stored poll").isLessThanOrEqualTo((long) notPolled);

            // started again it is the same device with the same entities; killed, its last will says offline
            Instant restarted = Instant.now();
            server.start();
            subscriber.await(AVAILABILITY, restarted, m -> m.payload().equals("online"));
            subscriber.await(STATE, restarted, m -> true);
            assertThat(discoveryIsRetainedAndValid(broker)).isEqualTo(uniqueIds);
            Instant killed = Instant.now();
            server.kill();
            subscriber.await(AVAILABILITY, killed, m -> m.payload().equals("offline"));
        }
    }

    /**
     * What a Home Assistant that subscribes now finds: a retained config for each value, each valid for its schema,
     * and a retained state for each that fits it. Returns the unique ids.
     */
    private static List<String> discoveryIsRetainedAndValid(Mosquitto broker) {
        try (var late = MqttSubscriber.subscribe(broker.url(), "homeassistant/#", TOPIC + "/#")) {
            Map<String, Received> configs = Await.value(
                    "retained discovery configs",
                    WAIT,
                    () -> {
                        var found = late.retained(topic -> topic.startsWith("homeassistant/"));
                        // retained messages come in one burst on subscribing: when the states are there, so are the
                        // configs
                        return found.size() > 30 && late.retained(STATE::equals).size() == 1 ? found : null;
                    },
                    () -> ": got " + late.all().size() + " messages, "
                            + late.retained(topic -> true).size() + " retained");
            Map<String, Received> states = late.retained(topic -> topic.startsWith(TOPIC + "/"));
            // a live subscriber gets messages without the retain flag (MQTT 3.1.1, 3.3.1.3): one that comes later
            // sees what the broker kept
            assertThat(states.get(AVAILABILITY))
                    .extracting(Received::payload, Received::retained)
                    .containsExactly("online", true);
            List<String> problems = new ArrayList<>();
            List<String> uniqueIds = new ArrayList<>();
            configs.forEach((topic, message) -> {
                JsonObject config = json(message.payload());
                problems.addAll(HomeAssistantDiscovery.problems(topic, config));
                uniqueIds.add(config.getString("unique_id"));
                Received state = states.get(config.getString("state_topic"));
                if (state == null) {
                    problems.add(topic + ": no retained state on " + config.getString("state_topic"));
                } else {
                    problems.addAll(HomeAssistantDiscovery.stateProblems(config, state.payload()));
                }
            });
            assertThat(problems)
                    .as("sources: " + HomeAssistantDiscovery.SOURCES)
                    .isEmpty();
            assertThat(uniqueIds).doesNotHaveDuplicates().allMatch(id -> id.startsWith("lux-logger_heatpump_"));
            assertThat(configs.values())
                    .extracting(m -> json(m.payload()).getJsonObject("device").getString("name"))
                    .containsOnly("heatpump");
            return uniqueIds.stream().sorted().toList();
        }
    }

    /** Five polls in a row: each stored poll's state arrives, in order, and nothing else. */
    private static void everyStoredPollHasItsState(Api api, MqttSubscriber subscriber) {
        Await.until("five states", WAIT, () -> stateTimes(subscriber).size() >= 6);
        List<String> states = stateTimes(subscriber);
        String first = states.get(1);
        String last = states.get(states.size() - 1);
        String query = "api/readings?fields=ID_WEB_Temperatur_TA&from=" + encode(first) + "&to="
                + encode(Instant.parse(last).plusMillis(1).toString());
        List<String> stored = Api.json(api.get(query)).getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .map(point -> point.getString("time"))
                .toList();

        assertThat(states.subList(1, states.size())).isEqualTo(stored);
        assertThat(json(subscriber.on(STATE).get(1).payload()).getJsonNumber("outdoor_temperature"))
                .isNotNull();
    }

    private static List<String> stateTimes(MqttSubscriber subscriber) {
        return subscriber.on(STATE).stream()
                .map(m -> json(m.payload()).getString("time"))
                .toList();
    }

    /** Whole seconds between consecutive polls beyond the one of the interval. */
    private static long missingTicks(List<Long> times) {
        long missing = 0;
        for (int i = 1; i < times.size(); i++) {
            missing += Math.round((times.get(i) - times.get(i - 1)) / 1000.0) - 1;
        }
        return missing;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
