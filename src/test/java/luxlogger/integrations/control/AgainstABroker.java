package luxlogger.integrations.control;

import it.Await;
import it.Mosquitto;
import it.MqttSubscriber;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import luxlogger.integrations.entity.MqttSettings;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.Profile;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of a publisher against a real broker (mosquitto on 127.0.0.1) and a real SQLite file: the test stores polls
 * as the writer does and tells the publisher, a Paho client subscribes as Home Assistant would.
 */
abstract class AgainstABroker {

    static final String TOPIC = "lux-logger/heatpump";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path directory;

    Mosquitto broker;
    StandaloneStore writer;
    StandaloneStore reader;
    MqttSubscriber subscriber;
    MqttPublisher publisher;
    private final Map<String, AtomicLong> counted = new ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        broker = Mosquitto.launch();
        writer = new StandaloneStore(directory.resolve("polls.db"));
        // the publisher reads on a connection of its own, as the server's readers do
        reader = new StandaloneStore(directory.resolve("polls.db"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (publisher != null) {
            publisher.stop(WAIT);
        }
        if (subscriber != null) {
            subscriber.close();
        }
        reader.close();
        writer.close();
        broker.close();
    }

    MqttPublisher publisher(String user, String password) {
        var settings = new MqttSettings(broker.url(), user, password, "lux-logger/{controller}", true, "homeassistant");
        var values = CuratedValues.standard();
        var discovery = new DiscoveryConfigs(values, "heatpump", TOPIC, "homeassistant", Duration.ofSeconds(1));
        publisher = new MqttPublisher(
                "heatpump",
                new MqttLink(settings, "lux-logger-test-heatpump", TOPIC + "/availability", Duration.ofSeconds(5)),
                reader.reader(),
                new StateMessages(values, TOPIC, discovery),
                new MqttFigures(counting(), "heatpump"),
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(500)));
        publisher.start(Thread::new);
        return publisher;
    }

    /** Stores a poll of the given second after the start, as the writer does, and tells the publisher. */
    void store(int second) throws Exception {
        storeUnannounced(second);
        if (publisher != null) {
            publisher.stored(START.plusSeconds(second));
        }
    }

    /** Stores a poll without telling the publisher, as one of several committed together. */
    void storeUnannounced(int second) throws Exception {
        Snapshot dump = Profile.BOUNI_V3_78.snapshot();
        Instant time = START.plusSeconds(second);
        writer.store()
                .store(List.of(new ControllerPoll(
                        "heatpump", new Snapshot(time, dump.parameters(), dump.calculations(), dump.visibilities()))));
    }

    /** The times of the states received so far, in order. */
    List<String> stateTimes() {
        return subscriber.on(TOPIC + "/state").stream()
                .map(m -> m.payload().replaceAll(".*\"time\":\"([^\"]+)\".*", "$1"))
                .toList();
    }

    void awaitStates(String... times) {
        Await.value(
                "states of " + List.of(times),
                WAIT,
                () -> stateTimes().equals(List.of(times)) ? true : null,
                () -> ", got " + stateTimes());
    }

    /** What happened, for a failure's message: the figures, the states received, the subscriber's and broker's log. */
    String story() {
        return "figures " + counted + ", states " + stateTimes() + ", subscriber "
                + (subscriber == null ? "none" : subscriber.history()) + ", broker's log:\n" + broker.log();
    }

    long count(String metric) {
        return counted.getOrDefault(metric, new AtomicLong()).get();
    }

    static String at(int second) {
        return START.plusSeconds(second).toString();
    }

    /** Metrics that count by name, as the server's registry does (tags aside). */
    MetricRegistry counting() {
        return (MetricRegistry) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("counter")) {
                        return null;
                    }
                    String metric = args[0] instanceof Metadata metadata ? metadata.getName() : (String) args[0];
                    AtomicLong count = counted.computeIfAbsent(metric, name -> new AtomicLong());
                    return Proxy.newProxyInstance(
                            getClass().getClassLoader(),
                            new Class<?>[] {Counter.class},
                            (c, m, a) -> switch (m.getName()) {
                                case "inc" -> {
                                    count.addAndGet(a == null ? 1 : (Long) a[0]);
                                    yield null;
                                }
                                case "getCount" -> count.get();
                                default -> null;
                            });
                });
    }
}
