package luxlogger.readings.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import luxlogger.readings.entity.ReadingsSettings;

/**
 * Keeps polling on a fixed grid (every 30 s at :00 and :30). Polls never overlap: ticks that pass while one
 * runs are skipped and counted. Whatever goes wrong in a poll, the next tick is scheduled, an interrupted one
 * included; an unexpected failure restarts the loop after 5 s. The recorder is closed after the last poll, so
 * that a poll still running at {@link #stop} is written too.
 */
public class PollLoop {

    private static final Logger LOG = System.getLogger(PollLoop.class.getName());
    static final Duration RESTART_DELAY = Duration.ofSeconds(5);
    /** How long a stop waits for a poll in progress: a hanging controller must not hold up the shutdown. */
    public static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Recorder recorder;
    private final ReadingsSettings settings;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Duration stopWait;
    private final long intervalMillis;
    /** Held while a poll runs, and while the recorder is closed. */
    private final ReentrantLock running = new ReentrantLock();

    private volatile long slot;
    private volatile ScheduledFuture<?> next;
    private volatile Instant lastTick;
    private volatile Instant startedAt;
    private volatile boolean stopped;
    /** Guarded by {@link #running}. */
    private boolean closed;

    public PollLoop(
            Recorder recorder,
            ReadingsSettings settings,
            ScheduledExecutorService executor,
            Clock clock,
            Duration stopWait) {
        this.recorder = recorder;
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
        this.stopWait = stopWait;
        this.intervalMillis = settings.interval().toMillis();
    }

    /** Starts the loop on the grid of the interval; returns when the first poll is due. */
    public Instant start() {
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
        return Instant.ofEpochMilli(slot);
    }

    void tick() {
        if (!running.tryLock()) {
            return;
        }
        try {
            if (stopped) {
                return;
            }
            lastTick = clock.instant();
            recorder.open(settings);
            recorder.poll();
            scheduleNextSlot();
        } catch (InterruptedException e) {
            // the interrupt stays for the thread's owner; unless that is a shutdown, polling goes on
            Thread.currentThread().interrupt();
            scheduleNextSlot();
        } catch (RuntimeException | Error e) {
            LOG.log(
                    Level.ERROR,
                    "Polling failed unexpectedly, restarting in " + RESTART_DELAY.toSeconds() + " s: " + e,
                    e);
            slot = clock.millis() + RESTART_DELAY.toMillis();
            schedule(RESTART_DELAY.toMillis());
        } finally {
            try {
                if (stopped) {
                    // this poll ended after the stop: what it read is buffered now, and the recorder writes it
                    close();
                }
            } finally {
                running.unlock();
            }
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
        if (stopped) {
            return;
        }
        try {
            next = executor.schedule(this::tick, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Polling ends: the scheduler takes no more tasks ({0})", e.getMessage());
        }
    }

    /**
     * Stops polling and closes the recorder once no poll runs. A poll in progress may finish, and is written:
     * when it takes longer than the wait, it closes the recorder itself as it ends.
     */
    public void stop() {
        stopped = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
        boolean idle = false;
        try {
            idle = running.tryLock(stopWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!idle) {
            LOG.log(Level.INFO, "A poll is still running at shutdown: it is written when it ends");
            return;
        }
        try {
            close();
        } finally {
            running.unlock();
        }
    }

    private void close() {
        if (!closed) {
            closed = true;
            recorder.close();
        }
    }

    /** When the loop last started a poll; when it started, before the first. */
    public Instant lastTick() {
        return lastTick;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
