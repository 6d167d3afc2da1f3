package luxlogger.integrations.control;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * How publishing one controller's values fares, as application metrics labelled with the controller:
 * {@code luxlogger_mqtt_published_total} (states the broker confirmed), {@code luxlogger_mqtt_dropped_total}
 * (stored polls whose state was never published: stored while the broker was away, or more waiting than are sent
 * at once), {@code luxlogger_mqtt_connection_failures_total} (connects that failed and connections that broke),
 * {@code luxlogger_mqtt_reconnects_total} (connects that succeeded after such a failure), and the gauges
 * {@code luxlogger_mqtt_connected} (1 or 0) and {@code luxlogger_mqtt_queue} (notices of stored polls waiting).
 */
public final class MqttFigures {

    private final Counter published;
    private final Counter dropped;
    private final Counter failures;
    private final Counter reconnects;

    public MqttFigures(MetricRegistry metrics, String controller) {
        Tag name = new Tag("controller", controller);
        // with descriptions: Prometheus shows them as the HELP lines, and promtool wants them
        published = metrics.counter(
                described("luxlogger.mqtt.published", "States of stored polls the MQTT broker confirmed"), name);
        dropped = metrics.counter(
                described("luxlogger.mqtt.dropped", "Stored polls whose state was not published to MQTT"), name);
        failures = metrics.counter(
                described(
                        "luxlogger.mqtt.connection.failures",
                        "Connects to the MQTT broker that failed and connections that broke"),
                name);
        reconnects = metrics.counter(
                described("luxlogger.mqtt.reconnects", "Connects to the MQTT broker that succeeded after a failure"),
                name);
    }

    /** Registers the gauges of a publisher, read when the metrics are. */
    public static void gauges(MetricRegistry metrics, String controller, MqttPublisher publisher) {
        Tag name = new Tag("controller", controller);
        metrics.gauge(
                described("luxlogger.mqtt.connected", "1 while the MQTT broker takes the controller's messages"),
                publisher,
                p -> p.connected() ? 1 : 0,
                name);
        metrics.gauge(
                described("luxlogger.mqtt.queue", "Notices of stored polls waiting for the MQTT publisher"),
                publisher,
                MqttPublisher::waiting,
                name);
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    void published() {
        published.inc();
    }

    void dropped(long polls) {
        if (polls > 0) {
            dropped.inc(polls);
        }
    }

    void failed() {
        failures.inc();
    }

    void reconnected() {
        reconnects.inc();
    }

    public long publishedCount() {
        return published.getCount();
    }

    public long droppedCount() {
        return dropped.getCount();
    }

    public long failureCount() {
        return failures.getCount();
    }

    public long reconnectCount() {
        return reconnects.getCount();
    }
}
