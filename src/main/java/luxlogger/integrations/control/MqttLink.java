package luxlogger.integrations.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import luxlogger.integrations.entity.MqttMessage;
import luxlogger.integrations.entity.MqttSettings;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * One controller's connection to the broker (Eclipse Paho): its availability topic says {@code online} from each
 * connect on, and {@code offline} after a clean close or, as the broker's last will, when the connection breaks.
 * Each controller has a connection of its own, since a connection has only one last will. Paho does not reconnect
 * by itself here: the publisher does, with its own backoff and figures.
 */
public final class MqttLink {

    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";
    /** At least once: a state counts as published once the broker has confirmed it. */
    private static final int QOS = 1;

    private final MqttSettings settings;
    private final String clientId;
    private final String availability;
    private final Duration timeout;
    private MqttClient client;

    /**
     * @param clientId unique at the broker: a second connection with the same id would push this one out
     * @param availability the topic of {@code online} and {@code offline}
     * @param timeout how long a connect or a confirmation may take before the connection counts as broken
     */
    public MqttLink(MqttSettings settings, String clientId, String availability, Duration timeout) {
        this.settings = settings;
        this.clientId = clientId;
        this.availability = availability;
        this.timeout = timeout;
    }

    /** Connects (a new client each time, so nothing of a broken session is carried over) and says online. */
    public synchronized void connect() throws MqttException {
        close(false);
        var options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout((int) Math.max(1, timeout.toSeconds()));
        options.setKeepAliveInterval(30);
        options.setMaxInflight(1_000);
        options.setWill(availability, bytes(OFFLINE), QOS, true);
        if (!settings.user().isEmpty()) {
            options.setUserName(settings.user());
        }
        if (!settings.password().isEmpty()) {
            options.setPassword(settings.password().toCharArray());
        }
        // in memory: Paho's default keeps messages in files in the working folder
        var fresh = new MqttClient(settings.url(), clientId, new MemoryPersistence());
        fresh.setTimeToWait(timeout.toMillis());
        try {
            fresh.connect(options);
            fresh.publish(availability, bytes(ONLINE), QOS, true);
        } catch (MqttException e) {
            release(fresh);
            throw e;
        }
        client = fresh;
    }

    /** The broker's address, {@code MQTT_URL}. */
    public String broker() {
        return settings.url();
    }

    /** What went wrong, with its cause, as a log line says it: "Unable to connect to server (Connection refused)". */
    public static String reason(MqttException e) {
        Throwable cause = e.getCause();
        return cause == null || cause.getMessage() == null
                ? e.getMessage()
                : e.getMessage() + " (" + cause.getMessage() + ")";
    }

    public synchronized boolean connected() {
        return client != null && client.isConnected();
    }

    /** Publishes in order, each confirmed by the broker; a failure leaves the rest unpublished. */
    public synchronized void publish(List<MqttMessage> messages) throws MqttException {
        if (client == null) {
            throw new MqttException(MqttException.REASON_CODE_CLIENT_NOT_CONNECTED);
        }
        for (MqttMessage message : messages) {
            client.publish(message.topic(), bytes(message.payload()), QOS, message.retained());
        }
    }

    /** After a failure: the connection is given up, so that the next step connects anew. */
    public synchronized void drop() {
        close(false);
    }

    /** Says offline (a clean disconnect sends no last will) and disconnects. */
    public synchronized void close() {
        close(true);
    }

    private void close(boolean goodbye) {
        MqttClient current = client;
        client = null;
        if (current == null) {
            return;
        }
        if (goodbye && current.isConnected()) {
            try {
                current.publish(availability, bytes(OFFLINE), QOS, true);
                current.disconnect(timeout.toMillis());
            } catch (MqttException e) {
                // the broker is gone already: its last will says offline for us
            }
        }
        release(current);
    }

    private void release(MqttClient current) {
        try {
            if (current.isConnected()) {
                current.disconnectForcibly(0, timeout.toMillis(), false);
            }
            current.close(true);
        } catch (MqttException e) {
            // nothing is left to free
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
