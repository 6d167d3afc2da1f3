package luxlogger.integrations.control;

import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Counter;
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
        published = metrics.counter("luxlogger.mqtt.published", name);
        dropped = metrics.counter("luxlogger.mqtt.dropped", name);
        failures = metrics.counter("luxlogger.mqtt.connection.failures", name);
        reconnects = metrics.counter("luxlogger.mqtt.reconnects", name);
    }

    /** Registers the gauges of a publisher, read when the metrics are. */
    public static void gauges(MetricRegistry metrics, String controller, MqttPublisher publisher) {
        Tag name = new Tag("controller", controller);
        gauge(metrics, "luxlogger.mqtt.connected", publisher, p -> p.connected() ? 1 : 0, name);
        gauge(metrics, "luxlogger.mqtt.queue", publisher, MqttPublisher::waiting, name);
    }

    private static void gauge(
            MetricRegistry metrics, String metric, MqttPublisher publisher, ToLongFunction<MqttPublisher> f, Tag tag) {
        metrics.gauge(metric, publisher, p -> f.applyAsLong(p), tag);
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
