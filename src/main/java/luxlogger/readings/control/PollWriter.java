package luxlogger.readings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.readings.entity.PollFailure;
import luxlogger.readings.entity.PollsStored;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The writing side of polling: takes each poll into the buffer and writes it on the writer thread, so that a
 * slow, locked or missing database never delays a poll. The database is opened (schema migrated, a spill file
 * of an earlier run replayed) by the writer, never by the poller, so polls are kept while it cannot be opened:
 * in the spill file, or in memory when that cannot be opened either.
 */
@ApplicationScoped
public class PollWriter {

    private static final Logger LOG = System.getLogger(PollWriter.class.getName());
    /** Polls held in memory when neither database nor spill file takes them: a day at 30 s, about 18 MB. */
    private static final int MEMORY_CAPACITY = 2_880;

    @Inject
    PollStore store;

    @Inject
    MetricRegistry metrics;

    @Inject
    Storage storage;

    @Inject
    Event<PollsStored> stored;

    @Resource(lookup = "jdbc/luxlogger")
    DataSource dataSource;

    @Resource
    ManagedExecutorService writer;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final PendingFailures failures = new PendingFailures(MEMORY_CAPACITY);
    private final DatabaseOpening opening = new DatabaseOpening();

    private volatile PollBuffer buffer;
    /** Set at shutdown: the writer thread may be gone, the last writes happen on the closing thread. */
    private volatile boolean closed;

    private Claim claim = new Claim(new PollStore.Owners(NamedController.DEFAULT_NAME, null), List.of(), refused -> {});
    private String database;
    private Timer commitLatency;

    /** Who writes: set before {@link #open}, used when the writer opens the database. */
    public synchronized void claim(Claim claim) {
        this.claim = claim;
        store.owners(claim.store());
    }

    /** Prepares the buffer and its spill file, and opens the database on the writer thread. */
    public synchronized void open(ReadingsSettings settings) {
        if (buffer != null) {
            return;
        }
        database = storage.database();
        registerMetrics();
        buffer = new PollBuffer(this::store, storage.openSpill().orElse(null), MEMORY_CAPACITY);
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

    /** Takes one poll; it is written on the writer thread. */
    public void accept(ControllerPoll poll) {
        buffer.accept(poll);
        drain();
    }

    /** Takes a failed poll: written with the next polls, or alone at the next {@link #retry()}. */
    public void failed(PollFailure failure) {
        failures.add(failure);
    }

    /**
     * Tries the database again with what waits, at a tick that brought no poll (the controller did not answer),
     * so that the spill file is replayed once the database takes writes, whatever the controller does.
     */
    public void retry() {
        PollBuffer current = buffer;
        if (current != null && current.size() + current.spilled() + failures.size() > 0) {
            drain();
        }
    }

    private void drain() {
        if (!closed && draining.compareAndSet(false, true)) {
            writer.execute(() -> {
                boolean stored = false;
                try {
                    stored = buffer.flush();
                    if (stored) {
                        storeFailures();
                    }
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
    private void store(List<ControllerPoll> polls) throws StoreException {
        migrate();
        List<PollFailure> failed = failures.store(polls, store);
        Instant committed = Instant.now();
        for (ControllerPoll poll : polls) {
            commitLatency.update(Duration.between(poll.snapshot().time(), committed));
        }
        announce(polls, failed);
    }

    /** Failed polls that came without polls after them; while the database refuses them, they wait. */
    private void storeFailures() {
        try {
            if (failures.size() > 0) {
                migrate();
                announce(List.of(), failures.storeAlone(store));
            }
        } catch (StoreException e) {
            LOG.log(Level.DEBUG, "Failed polls wait: {0}", e.getMessage());
        }
    }

    /** Tells what derives from polls which spans were stored; its failure is not the store's. */
    private void announce(List<ControllerPoll> polls, List<PollFailure> failed) {
        for (PollsStored span : PollsStored.of(polls, failed, claim.store().legacy())) {
            try {
                stored.fire(span);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "After storing polls of {0}: {1}", span.controller(), e.getMessage());
            }
        }
    }

    private void migrate() throws StoreException {
        Claim current;
        synchronized (this) {
            current = claim;
        }
        opening.open(dataSource, database, current, store);
    }

    /**
     * Writes what the buffer still holds, to the database or the spill file, on the caller's thread, and closes
     * the spill file for the next start; at shutdown, after the last poll.
     */
    public void close() {
        closed = true;
        PollBuffer current = buffer;
        if (current != null) {
            current.close();
            storeFailures();
        }
        if (failures.size() > 0) {
            LOG.log(Level.WARNING, "Stopping with {0} failed polls the database did not take: lost", failures.size());
        }
    }

    private void registerMetrics() {
        // each with a description: Prometheus shows it as the HELP line, and promtool wants one
        commitLatency = metrics.timer(described("luxlogger.commit.latency", "Time to store a batch of polls"));
        metrics.gauge(
                described("luxlogger.buffer.polls", "Polls waiting to be stored, in memory and in the spill file"),
                this,
                PollWriter::buffered);
        metrics.gauge(
                described("luxlogger.spill.bytes", "Size of the spill file"),
                this,
                w -> w.buffer == null ? 0 : w.buffer.spillBytes());
        metrics.gauge(described("luxlogger.database.bytes", "Size of the database"), storage, Storage::bytes);
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    /** Polls waiting to be written, in memory and in the spill file. */
    public long buffered() {
        PollBuffer current = buffer;
        return current == null ? 0 : current.size() + current.spilled();
    }

    /** Since when the database has refused writes; null while it takes them. */
    public Instant failingSince() {
        PollBuffer current = buffer;
        return current == null ? null : current.failingSince();
    }

    /** Polls lost because memory was full while nothing could be written. */
    public long dropped() {
        PollBuffer current = buffer;
        return current == null ? 0 : current.dropped();
    }
}
