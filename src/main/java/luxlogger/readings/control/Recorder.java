package luxlogger.readings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * One poll: read the controller, check the answer, hand it to the buffer; and the figures about polling.
 * A failed read is logged once per streak of failures, not once per poll or retry.
 */
@ApplicationScoped
public class Recorder {

    private static final Logger LOG = System.getLogger(Recorder.class.getName());
    /** Fewer values than this is no real answer: current firmware sends about 1,800. */
    public static final int MIN_VALUES = 100;
    /** Polls held in memory when neither database nor spill file takes them: a day at 30 s, about 18 MB. */
    private static final int MEMORY_CAPACITY = 2_880;

    @Inject
    Connector connector;

    @Inject
    PollStore store;

    @Inject
    MetricRegistry metrics;

    @Resource(lookup = "jdbc/luxlogger")
    DataSource dataSource;

    @Resource
    ManagedExecutorService writer;

    private final AtomicBoolean draining = new AtomicBoolean();

    private volatile PollBuffer buffer;
    /** Held while the schema is brought up to date, which happens once, before the first write. */
    private final Object schema = new Object();

    private boolean migrated;
    private Path database;
    private Counter ok;
    private Counter failed;
    private Counter rejected;
    private Counter skipped;
    private Timer duration;
    private Timer commitLatency;
    private volatile Instant lastSuccess;
    private volatile String lastProblem;
    private long streak;

    /**
     * Prepares polling: the figures and the buffer. The database is opened (schema migrated, a spill file of
     * an earlier run replayed) by the writer, never here, so that polls are read and kept while it cannot be
     * opened: in the spill file, or in memory when that cannot be opened either.
     */
    public synchronized void open(ReadingsSettings settings) {
        if (buffer != null) {
            return;
        }
        database = settings.cachePath();
        Path spillPath = Path.of(database + ".spill");
        SpillFile spill = null;
        try {
            spill = new SpillFile(spillPath);
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "Cannot open the spill file {0}, polls the database does not take wait in memory: {1}",
                    spillPath,
                    e.getMessage());
        }
        registerMetrics();
        buffer = new PollBuffer(this::store, spill, MEMORY_CAPACITY);
        writer.execute(() -> {
            try {
                // now rather than at the first poll, so that the readings and reports find the tables
                migrate();
            } catch (StoreException e) {
                // the first write tries again, and the buffer logs it if it fails again
            }
            drain();
        });
    }

    /** Reads the controller once and records the answer. */
    public void poll() throws InterruptedException {
        long start = System.nanoTime();
        Snapshot snapshot;
        try {
            snapshot = connector.read();
        } catch (ControllerException e) {
            failed.inc();
            lastProblem = e.getMessage();
            if (streak++ == 0) {
                LOG.log(Level.WARNING, "Cannot read the controller: {0}", e.getMessage());
            }
            return;
        }
        if (snapshot.size() < MIN_VALUES) {
            rejected.inc();
            lastProblem = "an answer of only " + snapshot.size() + " values was rejected";
            LOG.log(
                    Level.WARNING,
                    "Rejected an answer of {0} with only {1} values (at least {2} expected)",
                    connector.address(),
                    snapshot.size(),
                    MIN_VALUES);
            return;
        }
        if (streak > 0) {
            LOG.log(Level.INFO, "The controller answers again after {0} failed polls", streak);
            streak = 0;
        }
        lastSuccess = snapshot.time();
        ok.inc();
        duration.update(Duration.ofNanos(System.nanoTime() - start));
        buffer.accept(snapshot);
        drain();
    }

    /** Writes the buffer on the writer thread, so that a slow or locked database never delays a poll. */
    private void drain() {
        if (draining.compareAndSet(false, true)) {
            writer.execute(() -> {
                boolean stored = false;
                try {
                    stored = buffer.flush();
                } finally {
                    draining.set(false);
                }
                if (stored && buffer.size() > 0) {
                    drain();
                }
            });
        }
    }

    /**
     * Stores and measures how long each poll took from the controller's answer to its commit. The schema is
     * brought up to date before the first write; until that succeeds, nothing is written.
     */
    private void store(List<Snapshot> snapshots) throws StoreException {
        migrate();
        store.store(snapshots);
        Instant committed = Instant.now();
        for (Snapshot snapshot : snapshots) {
            commitLatency.update(Duration.between(snapshot.time(), committed));
        }
    }

    private void migrate() throws StoreException {
        synchronized (schema) {
            if (migrated) {
                return;
            }
            try {
                Schema.migrate(dataSource);
            } catch (RuntimeException e) {
                throw new StoreException("cannot open the database " + database + ": " + PollStore.rootMessage(e), e);
            }
            migrated = true;
        }
    }

    /** Counts grid ticks that passed while a poll was still running. */
    public void skipped(long ticks) {
        skipped.inc(ticks);
    }

    /** Stores what the buffer still holds; at shutdown. */
    public void close() {
        if (buffer != null && !buffer.flush()) {
            LOG.log(
                    Level.WARNING,
                    "Stopping with {0} polls in the spill file, stored at the next start, and {1} only in"
                            + " memory, which are lost",
                    buffer.spilled(),
                    buffer.size());
        }
    }

    private void registerMetrics() {
        ok = metrics.counter("luxlogger.polls", new Tag("outcome", "ok"));
        failed = metrics.counter("luxlogger.polls", new Tag("outcome", "failed"));
        rejected = metrics.counter("luxlogger.polls", new Tag("outcome", "rejected"));
        skipped = metrics.counter("luxlogger.polls", new Tag("outcome", "skipped"));
        duration = metrics.timer("luxlogger.poll.duration");
        commitLatency = metrics.timer("luxlogger.commit.latency");
        metrics.gauge(
                "luxlogger.last.success.seconds",
                this,
                r -> r.lastSuccess == null ? 0 : r.lastSuccess.getEpochSecond());
        metrics.gauge("luxlogger.buffer.polls", this, r -> r.buffer == null ? 0 : r.buffer.size() + r.buffer.spilled());
        metrics.gauge("luxlogger.spill.bytes", this, r -> r.buffer == null ? 0 : r.buffer.spillBytes());
        metrics.gauge("luxlogger.database.bytes", this, Recorder::databaseBytes);
    }

    /** The database file with its write-ahead log. */
    public long databaseBytes() {
        return database.toFile().length() + Path.of(database + "-wal").toFile().length();
    }

    public Status status() {
        PollBuffer current = buffer;
        return new Status(
                count(ok),
                count(failed),
                count(rejected),
                count(skipped),
                lastSuccess,
                lastProblem,
                current == null ? 0 : current.size() + current.spilled(),
                current == null ? null : current.failingSince(),
                current == null ? 0 : current.dropped());
    }

    private static long count(Counter counter) {
        return counter == null ? 0 : counter.getCount();
    }

    /** The figures readiness and the API show. */
    public record Status(
            long ok,
            long failed,
            long rejected,
            long skipped,
            Instant lastSuccess,
            String lastProblem,
            long buffered,
            Instant databaseFailingSince,
            long dropped) {}
}
