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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.configuration.control.WritableFolder;
import luxlogger.luxtronik.control.Connector;
import luxlogger.readings.control.PollingHealth;
import luxlogger.readings.control.Recorder;
import luxlogger.readings.entity.ReadingsSettings;

/**
 * Starts polling with the application and keeps it going on a fixed grid (every 30 s at :00 and :30).
 * Polls never overlap: ticks that pass while one runs are skipped and counted. Whatever goes wrong in a
 * poll, the next tick is scheduled; an unexpected failure restarts the loop after 5 s.
 */
@ApplicationScoped
public class Poller {

    private static final Logger LOG = System.getLogger(Poller.class.getName());
    static final Duration RESTART_DELAY = Duration.ofSeconds(5);

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

    Clock clock = Clock.systemUTC();

    private final ReentrantLock running = new ReentrantLock();
    private volatile ReadingsSettings settings;
    private volatile Duration longestRead;
    private long intervalMillis;
    private volatile long slot;
    private volatile ScheduledFuture<?> next;
    private volatile Instant lastTick;
    private volatile Instant startedAt;
    private volatile boolean stopped;

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
        this.settings = readings;
        startOnGrid(readings.interval());
        LOG.log(
                Level.INFO,
                "Polling {0} every {1} s, first poll at {2}",
                controller.address(),
                readings.interval().toSeconds(),
                Instant.ofEpochMilli(slot));
    }

    /** Starts the loop on the grid of this interval: the first poll at the next multiple of it. */
    void startOnGrid(Duration interval) {
        intervalMillis = interval.toMillis();
        lastTick = clock.instant();
        startedAt = lastTick;
        try {
            recorder.open(settings);
        } catch (RuntimeException e) {
            // unexpected (the database is opened by the first write, not here): polling starts anyway and every tick
            // tries again
            LOG.log(Level.ERROR, "Cannot prepare polling yet, trying again at every poll: " + e.getMessage());
        }
        long now = clock.millis();
        slot = (now / intervalMillis + 1) * intervalMillis;
        schedule(slot - now);
    }

    void tick() {
        if (stopped || !running.tryLock()) {
            return;
        }
        try {
            lastTick = clock.instant();
            recorder.open(settings);
            recorder.poll();
            scheduleNextSlot();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.log(
                    Level.ERROR,
                    "Polling failed unexpectedly, restarting in " + RESTART_DELAY.toSeconds() + " s: " + e,
                    e);
            slot = clock.millis() + RESTART_DELAY.toMillis();
            schedule(RESTART_DELAY.toMillis());
        } finally {
            running.unlock();
        }
    }

    private void scheduleNextSlot() {
        long now = clock.millis();
        long following = (now / intervalMillis + 1) * intervalMillis;
        long passed = (following - slot) / intervalMillis - 1;
        if (passed > 0) {
            recorder.skipped(passed);
        }
        slot = following;
        schedule(following - now);
    }

    private void schedule(long delayMillis) {
        if (!stopped) {
            next = executor.schedule(this::tick, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** How polling fares, for the health checks. */
    public PollingHealth health(Instant now) {
        return settings == null
                ? PollingHealth.idle()
                : PollingHealth.of(settings.interval(), longestRead, startedAt, lastTick, recorder.status(), now);
    }

    /**
     * Finishes a poll in progress, then stores whatever is still buffered. Runs on CDI's shutdown event,
     * while the database and transactions are still there, unlike a pre-destroy callback.
     */
    void stop(@Observes Shutdown event) {
        stopped = true;
        if (startedAt == null) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        boolean idle = false;
        try {
            // a poll in progress is allowed to finish, but a hanging controller must not hold up the shutdown
            idle = running.tryLock(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            recorder.close();
        } finally {
            if (idle) {
                running.unlock();
            }
        }
    }
}
