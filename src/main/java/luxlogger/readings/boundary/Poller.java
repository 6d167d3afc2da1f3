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
import java.util.concurrent.ScheduledExecutorService;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.luxtronik.control.Connector;
import luxlogger.readings.control.PollLoop;
import luxlogger.readings.control.PollingHealth;
import luxlogger.readings.control.Recorder;
import luxlogger.readings.control.Storage;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.readings.entity.StorageSettings;

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
    Instance<Connector> connector;

    @Inject
    Recorder recorder;

    @Inject
    Storage storage;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService executor;

    private volatile ReadingsSettings settings;
    private volatile Duration longestRead;
    private volatile PollLoop loop;

    @Produces
    static ReadingsSettings settings(Configuration configuration) {
        return configuration.settings(ReadingsSettings.class, ReadingsSettings::from);
    }

    @Produces
    static StorageSettings storage(Configuration configuration) {
        return configuration.settings(StorageSettings.class, StorageSettings::from);
    }

    /**
     * Polls only with usable settings of polling, storage and the controller, and database and spill paths that are
     * no folders. A folder that cannot be written to does not stop it: the polls wait in the spill file or in memory
     * until the database takes them.
     */
    void start(@Observes Startup event) {
        ReadingsSettings readings;
        Connector controller;
        try {
            readings = readingsSettings.get();
            controller = connector.get();
        } catch (InvalidSettingsException e) {
            configuration.reject(e);
            return;
        } catch (UncheckedIOException e) {
            // the built-in simulator could not start: nothing to poll, readiness says "polling not started"
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
        longestRead = controller.longestRead();
        settings = readings;
        loop = new PollLoop(recorder, readings, executor, Clock.systemUTC(), PollLoop.STOP_WAIT);
        Instant first = loop.start();
        LOG.log(
                Level.INFO,
                "Polling {0} every {1} s, first poll at {2}",
                controller.address(),
                readings.interval().toSeconds(),
                first);
    }

    /** How polling fares, for the health checks. */
    public PollingHealth health(Instant now) {
        PollLoop current = loop;
        return current == null
                ? PollingHealth.idle()
                : PollingHealth.of(
                        settings.interval(),
                        longestRead,
                        current.startedAt(),
                        current.lastTick(),
                        recorder.status(),
                        now);
    }

    /**
     * Stops polling and writes whatever is still buffered, after a poll in progress. Runs on CDI's shutdown
     * event, while the database and transactions are still there, unlike a pre-destroy callback.
     */
    void stop(@Observes Shutdown event) {
        PollLoop current = loop;
        if (current != null) {
            current.stop();
        }
    }
}
