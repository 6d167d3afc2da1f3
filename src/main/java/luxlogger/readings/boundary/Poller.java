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
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.configuration.control.WritableFolder;
import luxlogger.luxtronik.control.Connector;
import luxlogger.readings.control.PollLoop;
import luxlogger.readings.control.PollingHealth;
import luxlogger.readings.control.Recorder;
import luxlogger.readings.entity.ReadingsSettings;

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

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService executor;

    private volatile ReadingsSettings settings;
    private volatile Duration longestRead;
    private volatile PollLoop loop;

    @Produces
    static ReadingsSettings settings(Configuration configuration) {
        return configuration.settings(ReadingsSettings.class, ReadingsSettings::from);
    }

    /**
     * Polls only with usable settings of both polling and the controller, and a database path that is no folder.
     * A database folder that cannot be written to does not stop it: the polls wait in the spill file or in memory
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
            WritableFolder.prepareFor(
                    SettingsReader.variable("cache.path"),
                    readings.cachePath(),
                    "the path of the SQLite database file");
        } catch (InvalidSettingsException e) {
            if (Files.isDirectory(readings.cachePath())) {
                configuration.reject(e);
                return;
            }
            // e.g. a volume not mounted yet or full: readiness goes DOWN while polls do not drain, UP once they do
            LOG.log(
                    Level.WARNING,
                    "Polling all the same, the database cannot be written yet: {0}",
                    String.join("; ", e.problems()));
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
