package luxlogger.integrations.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import luxlogger.integrations.entity.CuratedValue;
import luxlogger.integrations.entity.MqttSettings;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.entity.PollsStored;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Publishing to MQTT: one {@link MqttPublisher}, with its own connection and thread, per controller. Started with
 * the application when {@code MQTT_URL} is set; told of every commit of polls; stopped with the application, saying
 * offline.
 */
@ApplicationScoped
public class MqttPublishers {

    private static final Logger LOG = System.getLogger(MqttPublishers.class.getName());
    /** How long a connect or a broker's confirmation may take before the connection counts as broken. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How long the application's stop waits for each publisher to say offline. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    @Inject
    PollReader polls;

    @Inject
    MetricRegistry metrics;

    @Resource
    ManagedThreadFactory threads;

    private volatile Map<String, MqttPublisher> publishers = Map.of();

    /**
     * Starts a publisher for each controller.
     *
     * @param instance this logger's name, part of each connection's client id, which must be unique at the broker
     * @param interval the poll interval, after three of which without a value Home Assistant shows it unavailable
     */
    public synchronized void start(
            MqttSettings settings, List<String> controllers, String instance, Duration interval) {
        if (!settings.enabled() || !publishers.isEmpty()) {
            return;
        }
        List<CuratedValue> values = CuratedValues.standard();
        var started = new LinkedHashMap<String, MqttPublisher>();
        for (String controller : controllers) {
            String topic = settings.topic(controller);
            var link = new MqttLink(
                    settings, "lux-logger-" + instance + "-" + controller, topic + "/availability", TIMEOUT);
            var discovery = settings.discovery()
                    ? new DiscoveryConfigs(values, controller, topic, settings.discoveryPrefix(), interval)
                    : null;
            var publisher = new MqttPublisher(
                    controller,
                    link,
                    polls,
                    new StateMessages(values, topic, discovery),
                    new MqttFigures(metrics, controller),
                    new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)));
            MqttFigures.gauges(metrics, controller, publisher);
            started.put(controller, publisher);
            LOG.log(
                    Level.INFO,
                    "MQTT: {0} goes to {1} under {2}{3}",
                    controller,
                    settings.url(),
                    topic,
                    discovery == null ? "" : ", with Home Assistant discovery under " + settings.discoveryPrefix());
        }
        publishers = Map.copyOf(started);
        started.values().forEach(publisher -> publisher.start(threads));
    }

    /** Polls were committed: their controller's publisher takes them in, on its own thread. */
    public void stored(PollsStored polls) {
        MqttPublisher publisher = publishers.get(polls.controller());
        if (publisher != null) {
            publisher.stored(polls.last());
        }
    }

    /** Says offline and disconnects, waiting a few seconds at most for each. */
    public void stop() {
        for (MqttPublisher publisher : publishers.values()) {
            try {
                publisher.stop(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
