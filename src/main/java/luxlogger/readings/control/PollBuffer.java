package luxlogger.readings.control;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Between the poller and the database. Polls wait in a bounded queue in memory until {@link #flush()}
 * writes them; what the database does not take goes to the fsync'd spill file, which is replayed first at
 * every flush and at the next start. Taking a poll never waits for the database, so a locked or slow
 * database never delays polling. Without a spill file (it could not be opened) or when it is not writable
 * either, polls wait in memory.
 */
public class PollBuffer {

    private static final Logger LOG = System.getLogger(PollBuffer.class.getName());
    private static final int BATCH = 500;

    /** Where polls finally go: the database, in one transaction per call. */
    @FunctionalInterface
    public interface Writer {
        void store(List<Snapshot> snapshots) throws StoreException;
    }

    private final Writer writer;
    private final SpillFile spill;
    private final int capacity;
    /** Guards {@link #pending}, only ever held for a moment. */
    private final Object queue = new Object();

    private final Deque<Snapshot> pending = new ArrayDeque<>();
    /** One flush at a time, held while the database or the spill file is written. */
    private final ReentrantLock flushing = new ReentrantLock();

    private volatile long dropped;
    private volatile Instant failingSince;
    /** True while appending to the spill file fails, so that it is logged once, not at every flush. */
    private boolean spillFailing;

    /**
     * @param spill where polls wait while the database refuses them, or null when it cannot be opened
     * @param capacity polls kept in memory when neither the database nor the spill file takes them
     *     (about 6 kB each)
     */
    public PollBuffer(Writer writer, SpillFile spill, int capacity) {
        this.writer = writer;
        this.spill = spill;
        this.capacity = capacity;
    }

    /** Takes one poll; it is written by the next {@link #flush()}. */
    public void accept(Snapshot snapshot) {
        synchronized (queue) {
            if (pending.size() >= capacity) {
                pending.removeFirst();
                dropped++;
                LOG.log(
                        Level.ERROR,
                        "Poll buffer full ({0} polls) and the spill file unwritable: oldest poll dropped"
                                + " ({1} so far)",
                        capacity,
                        dropped);
            }
            pending.addLast(snapshot);
        }
    }

    /**
     * Writes what waits: the spill file first (it is older), then memory. When the database refuses,
     * moves what is in memory to the spill file.
     *
     * @return true when nothing waits any more
     */
    public boolean flush() {
        flushing.lock();
        try {
            replaySpill();
            for (List<Snapshot> batch = batch(); !batch.isEmpty(); batch = batch()) {
                writer.store(batch);
                remove(batch.size());
            }
            if (failingSince != null) {
                LOG.log(
                        Level.INFO,
                        "Database writable again after failing since {0}; all buffered polls stored",
                        failingSince);
                failingSince = null;
            }
            return true;
        } catch (StoreException e) {
            if (failingSince == null) {
                failingSince = Instant.now();
                LOG.log(
                        Level.WARNING,
                        "Database not writable, keeping polls in {0}: {1}",
                        spill == null ? "memory (no spill file)" : "the spill file " + spill.path(),
                        e.getMessage());
            }
            spillPending();
            return false;
        } finally {
            flushing.unlock();
        }
    }

    private List<Snapshot> batch() {
        synchronized (queue) {
            return new ArrayList<>(pending).subList(0, Math.min(BATCH, pending.size()));
        }
    }

    private void remove(int count) {
        synchronized (queue) {
            for (int i = 0; i < count; i++) {
                pending.removeFirst();
            }
        }
    }

    private void replaySpill() throws StoreException {
        if (spill == null || spill.count() == 0) {
            return;
        }
        List<Snapshot> spilled;
        try {
            spilled = spill.readAll();
        } catch (IOException e) {
            LOG.log(
                    Level.ERROR,
                    "Spill file {0} unreadable, kept for inspection and replay at next start: {1}",
                    spill.path(),
                    e.getMessage());
            return;
        }
        for (int i = 0; i < spilled.size(); i += BATCH) {
            writer.store(spilled.subList(i, Math.min(spilled.size(), i + BATCH)));
        }
        try {
            spill.clear();
            LOG.log(Level.INFO, "Replayed {0} polls from the spill file into the database", spilled.size());
        } catch (IOException e) {
            // they are stored; a second replay skips them, since each poll is stored once per instant
            LOG.log(Level.WARNING, "Spill file {0} could not be emptied: {1}", spill.path(), e.getMessage());
        }
    }

    private void spillPending() {
        if (spill == null) {
            return;
        }
        for (List<Snapshot> batch = batch(); !batch.isEmpty(); batch = batch()) {
            for (Snapshot snapshot : batch) {
                try {
                    spill.append(snapshot);
                } catch (IOException e) {
                    if (!spillFailing) {
                        spillFailing = true;
                        LOG.log(
                                Level.ERROR,
                                "Spill file {0} not writable either, polls wait in memory: {1}",
                                spill.path(),
                                e.getMessage());
                    }
                    return;
                }
                spillFailing = false;
                remove(1);
            }
        }
    }

    /** Polls waiting in memory. */
    public int size() {
        synchronized (queue) {
            return pending.size();
        }
    }

    /** Polls waiting in the spill file. */
    public int spilled() {
        return spill == null ? 0 : spill.count();
    }

    /** Bytes of the spill file. */
    public long spillBytes() {
        return spill == null ? 0 : spill.size();
    }

    /** Since when the database has refused writes; null while it takes them. */
    public Instant failingSince() {
        return failingSince;
    }

    /** Polls lost because memory was full while nothing could be written: 0 unless disk and memory failed. */
    public long dropped() {
        return dropped;
    }
}
