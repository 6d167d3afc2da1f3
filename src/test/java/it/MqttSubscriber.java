package it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A subscriber of a broker, as Home Assistant or any MQTT consumer is: an Eclipse Paho client that subscribes to
 * topic filters, keeps every message it receives (with its retained flag) and subscribes again after the broker
 * came back from an outage.
 */
public final class MqttSubscriber implements AutoCloseable, MqttCallbackExtended {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** One message as received: a retained one is what the broker kept, delivered on subscribing. */
    public record Received(String topic, String payload, boolean retained, Instant at) {}

    private final MqttClient client;
    private final String[] filters;
    private final List<Received> received = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private volatile boolean closed;

    private MqttSubscriber(MqttClient client, String[] filters) {
        this.client = client;
        this.filters = filters;
    }

    /** Connects to the broker of {@code url} and subscribes to the filters, e.g. {@code lux-logger/#}. */
    public static MqttSubscriber subscribe(String url, String... filters) {
        try {
            var client = new MqttClient(url, "test-subscriber-" + System.nanoTime(), new MemoryPersistence());
            // no wait without end: a connect or subscribe that gets no answer fails and is tried again
            client.setTimeToWait(10_000);
            var subscriber = new MqttSubscriber(client, filters);
            client.setCallback(subscriber);
            subscriber.connectAndSubscribe();
            return subscriber;
        } catch (MqttException e) {
            throw new IllegalStateException("cannot subscribe at " + url + ": " + e.getMessage(), e);
        }
    }

    private void connectAndSubscribe() throws MqttException {
        var options = new MqttConnectOptions();
        // the subscriber reconnects by itself (reconnect()), not through Paho's automatic reconnect: once in a CI
        // build nothing arrived for a minute after a broker's restart, and Paho's reconnect state is not visible
        options.setAutomaticReconnect(false);
        options.setCleanSession(true);
        options.setConnectionTimeout(5);
        client.connect(options);
        int[] qos = new int[filters.length];
        java.util.Arrays.fill(qos, 1);
        client.subscribe(filters, qos);
        note("subscribed");
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        // connects are the subscriber's own: see reconnect()
    }

    @Override
    public void connectionLost(Throwable cause) {
        note("connection lost: " + cause);
        // not on the thread Paho calls back on: a connect or subscribe waiting there for the broker never returns
        var again = new Thread(this::reconnect, "test-subscriber-reconnect");
        again.setDaemon(true);
        again.start();
    }

    /** Connects and subscribes again until both took, or the subscriber is closed; every 200 ms, up to 5 minutes. */
    private void reconnect() {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!closed && System.nanoTime() < deadline) {
            try {
                connectAndSubscribe();
                return;
            } catch (MqttException e) {
                note("reconnect failed: " + e);
                try {
                    if (client.isConnected()) {
                        client.disconnectForcibly(0, 1_000);
                    }
                    Thread.sleep(200);
                } catch (MqttException ignored) {
                    // not connected any more: tried again
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Keeps what happened to the connection, told when a wait fails. */
    private synchronized void note(String event) {
        events.add(Instant.now() + " " + event);
        if (events.size() > 50) {
            events.remove(0);
        }
    }

    @Override
    public synchronized void messageArrived(String topic, MqttMessage message) {
        received.add(new Received(
                topic, new String(message.getPayload(), StandardCharsets.UTF_8), message.isRetained(), Instant.now()));
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // a subscriber publishes nothing
    }

    /** Every message so far, in the order received. */
    public synchronized List<Received> all() {
        return List.copyOf(received);
    }

    /** The messages of one topic so far, in the order received. */
    public List<Received> on(String topic) {
        return all().stream().filter(m -> m.topic().equals(topic)).toList();
    }

    /** The newest message of each topic that matches. */
    public Map<String, Received> latest(Predicate<String> topics) {
        Map<String, Received> latest = new LinkedHashMap<>();
        all().stream().filter(m -> topics.test(m.topic())).forEach(m -> latest.put(m.topic(), m));
        return latest;
    }

    /** What the broker kept of each topic that matches, as delivered on subscribing. */
    public Map<String, Received> retained(Predicate<String> topics) {
        Map<String, Received> retained = new LinkedHashMap<>();
        all().stream().filter(m -> m.retained() && topics.test(m.topic())).forEach(m -> retained.put(m.topic(), m));
        return retained;
    }

    /** Waits up to a minute for a message on the topic that matches, among those received after {@code since}. */
    public Received await(String topic, Instant since, Predicate<Received> wanted) {
        return Await.value(
                "a message on " + topic + " since " + since,
                WAIT,
                () -> on(topic).stream()
                        .filter(m -> !m.at().isBefore(since) && wanted.test(m))
                        .findFirst()
                        .orElse(null),
                () -> ": got " + on(topic) + "; subscriber " + (connected() ? "connected" : "not connected") + ", "
                        + history());
    }

    /** What happened to the subscriber's connection, oldest first. */
    public synchronized List<String> history() {
        return List.copyOf(events);
    }

    public boolean connected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (client.isConnected()) {
                client.disconnect(2_000);
            }
            client.close(true);
        } catch (MqttException e) {
            // the broker is gone already
        }
    }
}
