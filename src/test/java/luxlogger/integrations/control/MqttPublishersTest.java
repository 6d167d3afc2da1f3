package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.Mosquitto;
import it.MqttSubscriber;
import it.MqttSubscriber.Received;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import luxlogger.integrations.entity.MqttSettings;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.readings.entity.PollsStored;
import luxlogger.simulator.control.Profile;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several controllers: each is published under its own topic, on its own connection, only with its own polls. */
class MqttPublishersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    @Test
    void eachControllerHasItsTopicConnectionAndPolls() throws Exception {
        try (var broker = Mosquitto.launch();
                var writer = new StandaloneStore(directory.resolve("polls.db"));
                var reader = new StandaloneStore(directory.resolve("polls.db"));
                var subscriber = MqttSubscriber.subscribe(broker.url(), "site/#", "homeassistant/#")) {
            var publishers = new MqttPublishers();
            publishers.polls = reader.reader();
            publishers.metrics = standIn(
                    MetricRegistry.class,
                    (method, args) -> method.equals("counter")
                            ? standIn(Counter.class, (m, a) -> m.equals("getCount") ? 0L : null)
                            : null);
            publishers.threads = standIn(ManagedThreadFactory.class, (method, args) -> new Thread((Runnable) args[0]));
            var settings = new MqttSettings(broker.url(), "", "", "site/{controller}", true, "homeassistant");

            publishers.start(settings, List.of("house", "annex"), "test", Duration.ofSeconds(30));
            subscriber.await(
                    "site/house/availability", Instant.EPOCH, m -> m.payload().equals("online"));
            subscriber.await(
                    "site/annex/availability", Instant.EPOCH, m -> m.payload().equals("online"));

            Instant time = Instant.parse("2026-12-06T10:00:00Z");
            Snapshot dump = Profile.CURRENT.snapshot();
            writer.store()
                    .store(List.of(new ControllerPoll(
                            "annex", new Snapshot(time, dump.parameters(), dump.calculations(), dump.visibilities()))));
            publishers.stored(new PollsStored("annex", time, time));
            // a controller that is not published is ignored
            publishers.stored(new PollsStored("garage", time, time));

            Received state = subscriber.await("site/annex/state", Instant.EPOCH, m -> true);
            assertThat(state.payload()).contains("\"time\":\"2026-12-06T10:00:00Z\"");
            Received config = subscriber.await(
                    "homeassistant/sensor/lux-logger_annex/flow_temperature/config", Instant.EPOCH, m -> true);
            assertThat(config.payload())
                    .contains("\"unique_id\":\"lux-logger_annex_flow_temperature\"")
                    .contains("\"state_topic\":\"site/annex/flow_temperature\"");
            assertThat(subscriber.on("site/house/state")).isEmpty();
            assertThat(broker.log()).contains("lux-logger-test-house", "lux-logger-test-annex");

            Instant stopping = Instant.now();
            publishers.stop();
            subscriber.await(
                    "site/house/availability", stopping, m -> m.payload().equals("offline"));
            subscriber.await(
                    "site/annex/availability", stopping, m -> m.payload().equals("offline"));
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T standIn(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }
}
