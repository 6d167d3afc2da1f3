package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.Await;
import it.Mosquitto;
import it.MqttSubscriber;
import it.MqttSubscriber.Received;
import java.time.Instant;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/** A publisher's connection: a broker outage, a connection that breaks, a stop, a login. */
class MqttConnectionTest extends AgainstABroker {

    @Test
    void afterABrokerOutageTheNewestStateGoesOutAndTheOthersCountAsDropped() throws Exception {
        subscriber = MqttSubscriber.subscribe(broker.url(), "lux-logger/#", "homeassistant/#");
        publisher("", "");
        Await.until("connected", WAIT, publisher::connected);
        store(0);
        awaitStates(at(0));
        // the broker confirmed it (its subscriber may have it before the publisher has the confirmation)
        Await.until("the first state confirmed", WAIT, () -> count("luxlogger.mqtt.published") == 1);

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
        assertThat(count("luxlogger.mqtt.reconnects")).as(this::story).isEqualTo(1);
        assertThat(count("luxlogger.mqtt.dropped")).as(this::story).isEqualTo(2);
        Await.until("2 states confirmed", WAIT, () -> count("luxlogger.mqtt.published") == 2);

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
}
