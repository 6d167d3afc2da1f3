package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.Await;
import it.MqttSubscriber;
import it.MqttSubscriber.Received;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import luxlogger.integrations.entity.MqttSettings;
import org.junit.jupiter.api.Test;

/** What a publisher sends of the polls stored, and that it never makes the writer wait. */
class MqttPublisherTest extends AgainstABroker {

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
        // confirmed by the broker: the subscriber may have a state before the publisher has its confirmation
        Await.until("6 states confirmed", WAIT, () -> count("luxlogger.mqtt.published") == 6);
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
        // confirmed by the broker: the subscriber may have a state before the publisher has its confirmation
        Await.until("6 states confirmed", WAIT, () -> count("luxlogger.mqtt.published") == 6);
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
                    "tcp://127.0.0.1:" + silent.getLocalPort(),
                    "",
                    "",
                    "lux-logger/{controller}",
                    false,
                    "homeassistant");
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
}
