package luxlogger.readings.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.readings.control.Claim;
import luxlogger.readings.control.FleetHealth;
import luxlogger.readings.control.PollLoop;
import luxlogger.readings.control.PollStore;
import luxlogger.readings.control.PollWriter;
import luxlogger.readings.control.PollingHealth;
import luxlogger.readings.control.Recorder;
import luxlogger.readings.control.Storage;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.readings.entity.StorageSettings;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Starts polling with the application, once its settings are usable, and stops it with the application (see
 * {@link PollLoop} for the loop itself).
 */
@ApplicationScoped
public class Poller {

    private static final Logger LOG = System.getLogger(Poller.class.getName());

    @Inject
    Configuration configuration;

    @Inject
    Instance<ReadingsSettings> readingsSettings;

    @Inject
    Instance<Controllers> controllerSettings;

    @Inject
    Controller controller;

    @Inject
    PollWriter writer;

    @Inject
    MetricRegistry metrics;

    @Inject
    Storage storage;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService executor;

    private volatile ReadingsSettings settings;
    /** By controller name, in the order configured; empty until polling starts. */
    private volatile Map<String, Polling> polling = Map.of();

    /** One controller's loop and what it needs for the health checks. */
    private record Polling(Recorder recorder, PollLoop loop, Duration longestRead) {}

    @Produces
    static ReadingsSettings settings(Configuration configuration) {
        return configuration.settings(ReadingsSettings.class, ReadingsSettings::from);
    }

    @Produces
    static StorageSettings storage(Configuration configuration) {
        return configuration.settings(StorageSettings.class, StorageSettings::from);
    }

    /**
     * Polls only with usable settings of polling, storage and the controllers, and database and spill paths that
     * are no folders. A folder that cannot be written to does not stop it: the polls wait in the spill file or in
     * memory until the database takes them.
     */
    void start(@Observes Startup event) {
        ReadingsSettings readings;
        Controllers controllers;
        Map<String, Connector> connectors;
        try {
            readings = readingsSettings.get();
            controllers = controllerSettings.get();
            connectors = controller.connectors();
        } catch (InvalidSettingsException e) {
            configuration.reject(e);
            return;
        } catch (UncheckedIOException e) {
            // a built-in simulator could not start: nothing to poll, readiness says "polling not started"
            LOG.log(Level.ERROR, "Not polling: " + e.getMessage());
            return;
        }
        try {
            // a folder not writable yet (a volume not mounted, or full) does not stop polling: readiness goes DOWN
            // while polls do not drain, UP once they do
            storage.prepare();
        } catch (InvalidSettingsException e) {
            configuration.reject(e);
            return;
        }
        settings = readings;
        writer.claim(new Claim(
                new PollStore.Owners(controllers.legacy(), controllers.instance()), controllers.names(), this::refuse));
        var started = new LinkedHashMap<String, Polling>();
        // the shared writer stores what it still holds after the last poll of the last controller
        var open = new AtomicInteger(connectors.size());
        Runnable release = () -> {
            if (open.decrementAndGet() == 0) {
                writer.close();
            }
        };
        connectors.forEach((name, connector) -> {
            var recorder = new Recorder(name, connector, writer, metrics, release);
            var loop = new PollLoop(recorder, readings, executor, Clock.systemUTC(), PollLoop.STOP_WAIT);
            started.put(name, new Polling(recorder, loop, connector.longestRead()));
        });
        // known before any loop starts, so that a refusal (another instance polls a controller) stops them all;
        // a loop stopped before its start never polls
        polling = Collections.unmodifiableMap(started);
        started.forEach((name, p) -> {
            Instant first = p.loop().start();
            LOG.log(
                    Level.INFO,
                    "Polling {0} ({1}) every {2} s, first poll at {3}",
                    name,
                    connectors.get(name).address(),
                    readings.interval().toSeconds(),
                    first);
        });
    }

    /** Another instance polls one of our controllers: this one must not write, and says why. */
    private void refuse(String problem) {
        configuration.reject(new InvalidSettingsException(List.of(problem)));
        polling.values().forEach(p -> p.loop().stop());
    }

    /** How polling fares, per controller, for the health checks and the API. */
    public FleetHealth health(Instant now) {
        var health = new LinkedHashMap<String, PollingHealth>();
        polling.forEach((name, p) -> health.put(
                name,
                PollingHealth.of(
                        settings.interval(),
                        p.longestRead(),
                        p.loop().startedAt(),
                        p.loop().lastTick(),
                        p.recorder().status(),
                        now)));
        return new FleetHealth(health);
    }

    /**
     * Stops polling and writes whatever is still buffered, after the polls in progress. Runs on CDI's shutdown
     * event, while the database and transactions are still there, unlike a pre-destroy callback.
     */
    void stop(@Observes Shutdown event) {
        polling.values().forEach(p -> p.loop().stop());
    }
}
