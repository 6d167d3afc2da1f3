package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.Await;
import it.Mosquitto;
import it.MqttSubscriber;
import it.MqttSubscriber.Received;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publisher against a real broker (mosquitto on 127.0.0.1) and a real SQLite file: the test stores polls as the
 * writer does and tells the publisher, a Paho client subscribes as Home Assistant would.
 */
class MqttPublisherTest {

    private static final String TOPIC = "lux-logger/heatpump";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path directory;

    private Mosquitto broker;
    private StandaloneStore writer;
    private StandaloneStore reader;
    private MqttSubscriber subscriber;
    private MqttPublisher publisher;
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

    private MqttPublisher publisher(String user, String password) {
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
    private void store(int second) throws Exception {
        storeUnannounced(second);
        if (publisher != null) {
            publisher.stored(START.plusSeconds(second));
        }
    }

    /** Stores a poll without telling the publisher, as one of several committed together. */
    private void storeUnannounced(int second) throws Exception {
        Snapshot dump = Profile.BOUNI_V3_78.snapshot();
        Instant time = START.plusSeconds(second);
        writer.store()
                .store(List.of(new ControllerPoll(
                        "heatpump", new Snapshot(time, dump.parameters(), dump.calculations(), dump.visibilities()))));
    }

    /** The times of the states received so far, in order. */
    private List<String> stateTimes() {
        return subscriber.on(TOPIC + "/state").stream()
                .map(m -> m.payload().replaceAll(".*\"time\":\"([^\"]+)\".*", "$1"))
                .toList();
    }

    private void awaitStates(String... times) {
        Await.value(
                "states of " + List.of(times),
                WAIT,
                () -> stateTimes().equals(List.of(times)) ? true : null,
                () -> ", got " + stateTimes());
    }

    private long count(String metric) {
        return counted.getOrDefault(metric, new AtomicLong()).get();
    }

    private static String at(int second) {
        return START.plusSeconds(second).toString();
    }

    @Test
    void publishesEachStoredPollInOrderAndTheDiscoveryOnce() throws Exception {
        store(-1);
        subscriber = MqttSubscriber.subscribe(broker.url(), "lux-logger/#", "homeassistant/#");
        publisher("", "");
        Await.until("connected", WAIT, publisher::connected);

        // the first state after a start is the poll stored then: the ones before belong to an earlier run
        store(0);
        awaitStates(at(0));
        for (int second = 1; second <= 5; second++) {
            store(second);
        }
        awaitStates(at(0), at(1), at(2), at(3), at(4), at(5));

        assertThat(subscriber.on(TOPIC + "/availability"))
                .extracting(Received::payload)
                .containsExactly("online");
        assertThat(subscriber.on(TOPIC + "/flow_temperature"))
                .hasSize(6)
                .allMatch(m -> m.payload().equals("45.4"));
        List<Received> configs = subscriber.all().stream()
                .filter(m -> m.topic().startsWith("homeassistant/"))
                .toList();
        assertThat(configs).hasSizeGreaterThan(30);
        // sent once: the configs did not change from poll to poll
        assertThat(configs).extracting(Received::topic).doesNotHaveDuplicates();
        assertThat(count("luxlogger.mqtt.published")).isEqualTo(6);
        assertThat(count("luxlogger.mqtt.dropped")).isZero();
        assertThat(publisher.connected()).isTrue();
    }

    @Test
    void aFewPollsWaitingGoOutInOrderALongBacklogOnlyWithItsNewest() throws Exception {
        subscriber = MqttSubscriber.subscribe(broker.url(), TOPIC + "/state");
        publisher("", "");
        Await.until("connected", WAIT, publisher::connected);
        store(0);
        awaitStates(at(0));

        // polls committed together, as after a slow commit: the notice names the newest
        for (int second = 1; second <= 3; second++) {
            storeUnannounced(second);
        }
        store(4);
        awaitStates(at(0), at(1), at(2), at(3), at(4));
        assertThat(count("luxlogger.mqtt.dropped")).isZero();

        // more than a burst waiting (a spill file replayed): history, but for the newest
        for (int second = 5; second <= 5 + MqttPublisher.BURST; second++) {
            storeUnannounced(second);
        }
        store(6 + MqttPublisher.BURST);
        awaitStates(at(0), at(1), at(2), at(3), at(4), at(6 + MqttPublisher.BURST));
        assertThat(count("luxlogger.mqtt.dropped")).isEqualTo(MqttPublisher.BURST + 1);
        assertThat(count("luxlogger.mqtt.published")).isEqualTo(6);
    }

    @Test
    void afterABrokerOutageTheNewestStateGoesOutAndTheOthersCountAsDropped() throws Exception {
        subscriber = MqttSubscriber.subscribe(broker.url(), "lux-logger/#", "homeassistant/#");
        publisher("", "");
        Await.until("connected", WAIT, publisher::connected);
        store(0);
        awaitStates(at(0));

        broker.stop();
        Await.until("the publisher notices the outage", WAIT, () -> !publisher.connected());
        for (int second = 1; second <= 3; second++) {
            store(second);
        }
        Await.until("failed connects", WAIT, () -> count("luxlogger.mqtt.connection.failures") >= 3);
        Instant back = Instant.now();
        broker.start();

        subscriber.await(TOPIC + "/availability", back, m -> m.payload().equals("online"));
        // the polls stored while the broker was away are history: the newest goes out, with the configs again (the
        // broker forgot its retained messages with the restart)
        awaitStates(at(0), at(3));
        subscriber.await("homeassistant/sensor/lux-logger_heatpump/flow_temperature/config", back, m -> true);
        assertThat(count("luxlogger.mqtt.reconnects")).isEqualTo(1);
        assertThat(count("luxlogger.mqtt.dropped")).isEqualTo(2);
        assertThat(count("luxlogger.mqtt.published")).isEqualTo(2);

        // and publishing goes on, poll by poll
        store(4);
        store(5);
        awaitStates(at(0), at(3), at(4), at(5));
        assertThat(writer.reader().count()).isEqualTo(6);
    }

    @Test
    void saysOfflineWhenStoppedAndAsItsLastWillWhenTheConnectionBreaks() throws Exception {
        store(0);
        publisher("", "");
        Await.until("connected", WAIT, publisher::connected);
        subscriber = MqttSubscriber.subscribe(broker.url(), TOPIC + "/availability");
        subscriber.await(
                TOPIC + "/availability", Instant.EPOCH, m -> m.payload().equals("online"));

        // another client takes over the publisher's session: the broker ends the publisher's connection uncleanly
        Instant broken = Instant.now();
        var intruder = new MqttClient(broker.url(), "lux-logger-test-heatpump", new MemoryPersistence());
        intruder.connect(new MqttConnectOptions());
        intruder.disconnect();
        intruder.close();
        subscriber.await(TOPIC + "/availability", broken, m -> m.payload().equals("offline"));
        Instant back = Instant.now();
        subscriber.await(TOPIC + "/availability", back, m -> m.payload().equals("online"));

        publisher.stop(WAIT);
        publisher = null;
        try (var later = MqttSubscriber.subscribe(broker.url(), TOPIC + "/availability")) {
            Received kept = later.await(TOPIC + "/availability", Instant.EPOCH, m -> true);
            assertThat(kept.payload()).isEqualTo("offline");
            assertThat(kept.retained()).isTrue();
        }
    }

    @Test
    void aBrokerThatNeverAnswersNeverDelaysTheWriter() throws Exception {
        // a broker that takes the connection and then says nothing, as a hung one does
        var accepted = new java.util.concurrent.atomic.AtomicReference<Socket>();
        try (var silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var acceptor = new Thread(() -> {
                try {
                    accepted.set(silent.accept());
                } catch (java.io.IOException e) {
                    // closed by the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            var settings = new MqttSettings(
                    "tcp://127.0.0.1:" + silent.getLocalPort(), "", "", "lux-logger/{controller}", false, "homeassistant");
            publisher = new MqttPublisher(
                    "heatpump",
                    new MqttLink(settings, "lux-logger-test-heatpump", TOPIC + "/availability", Duration.ofSeconds(2)),
                    reader.reader(),
                    new StateMessages(CuratedValues.standard(), TOPIC, null),
                    new MqttFigures(counting(), "heatpump"),
                    new Backoff(Duration.ofMillis(100), Duration.ofMillis(500)));
            publisher.start(Thread::new);

            long start = System.nanoTime();
            for (int second = 0; second < 1_000; second++) {
                publisher.stored(START.plusSeconds(second));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).isLessThan(Duration.ofSeconds(1));
            assertThat(publisher.waiting()).isEqualTo(MqttPublisher.NOTICES);
            Await.until("the connect given up", WAIT, () -> count("luxlogger.mqtt.connection.failures") >= 1);
            assertThat(publisher.connected()).isFalse();
        } finally {
            if (accepted.get() != null) {
                accepted.get().close();
            }
        }
    }

    @Test
    void logsInWithUserAndPassword() throws Exception {
        broker.close();
        broker = Mosquitto.launch("lux", "mqtt-secret");
        store(0);

        publisher("", "");
        Await.until("refused connects", WAIT, () -> count("luxlogger.mqtt.connection.failures") >= 2);
        assertThat(publisher.connected()).isFalse();
        publisher.stop(WAIT);

        publisher("lux", "wrong");
        Await.until("refused logins", WAIT, () -> count("luxlogger.mqtt.connection.failures") >= 4);
        assertThat(publisher.connected()).isFalse();
        publisher.stop(WAIT);

        publisher("lux", "mqtt-secret");
        Await.until("connected with the password", WAIT, publisher::connected);
        store(1);
        Await.until("published", WAIT, () -> count("luxlogger.mqtt.published") == 1);
    }

    /** Metrics that count by name, as the server's registry does (tags aside). */
    private MetricRegistry counting() {
        return (MetricRegistry) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("counter")) {
                        return null;
                    }
                    AtomicLong count = counted.computeIfAbsent((String) args[0], name -> new AtomicLong());
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
