package luxlogger.readings.control;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import luxlogger.readings.entity.ControllerPoll;

/**
 * Between the poller and the database. Polls wait in memory ({@link PendingPolls}) until {@link #flush()}
 * writes them; what the database does not take goes to the fsync'd spill file, which is replayed first
 * ({@link SpillReplay}, a batch at a time) once the database takes writes again, and at the next start. Taking a poll never waits for
 * the database, so a locked or slow database never delays polling. Without a spill file (it could not be
 * opened) or when it is not writable either, polls wait in memory.
 */
public class PollBuffer {

    private static final Logger LOG = System.getLogger(PollBuffer.class.getName());
    /** Polls per transaction; also what a replay holds in memory at a time (about 3 MB). */
    static final int BATCH = 500;

    /** Where polls finally go: the database, in one transaction per call. */
    @FunctionalInterface
    public interface Writer {
        void store(List<ControllerPoll> snapshots) throws StoreException;
    }

    private final Writer writer;
    private final SpillFile spill;
    /** Null without a spill file. */
    private final SpillReplay replay;

    private final PendingPolls pending;
    /** One flush at a time, held while the database or the spill file is written. */
    private final ReentrantLock flushing = new ReentrantLock();

    private volatile Instant failingSince;
    /** Set at shutdown: a replay stops after its batch, the rest waits in the spill file for the next start. */
    private volatile boolean closing;

    private volatile boolean closed;
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
        this.replay = spill == null ? null : new SpillReplay(spill, writer);
        this.pending = new PendingPolls(capacity);
    }

    /** Takes one poll; it is written by the next {@link #flush()}. */
    public void accept(ControllerPoll snapshot) {
        if (closed) {
            LOG.log(
                    Level.ERROR,
                    "A poll of {0} came after shutdown, with nothing left to write it: lost",
                    snapshot.snapshot().time());
            return;
        }
        pending.add(snapshot);
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
            if (closed) {
                return false;
            }
            if (replay != null) {
                replay.run(failingSince != null, () -> closing);
            }
            for (List<ControllerPoll> batch = pending.oldest(BATCH); !batch.isEmpty(); batch = pending.oldest(BATCH)) {
                writer.store(batch);
                pending.remove(batch.size());
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

    private void spillPending() {
        if (spill == null) {
            return;
        }
        for (List<ControllerPoll> batch = pending.oldest(BATCH); !batch.isEmpty(); batch = pending.oldest(BATCH)) {
            try {
                spill.append(batch);
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
            pending.remove(batch.size());
        }
    }

    /**
     * At shutdown: writes what is in memory to the database or the spill file, and closes the spill file. A
     * replay in progress stops after its batch; the spill file keeps the rest for the next start. What reaches
     * neither is lost, and the log says how many.
     */
    public void close() {
        closing = true;
        flushing.lock();
        try {
            if (closed) {
                return;
            }
            flush();
            closed = true;
            if (pending.size() > 0) {
                LOG.log(
                        Level.ERROR,
                        "Stopping with {0} polls that neither the database nor the spill file took: they are lost",
                        pending.size());
            }
            if (spilled() > 0) {
                LOG.log(
                        Level.WARNING,
                        "Stopping with {0} polls in the spill file {1}, stored after the next start",
                        spilled(),
                        spill.path());
            }
            if (spill != null) {
                spill.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Spill file {0} not closed: {1}", spill.path(), e.getMessage());
        } finally {
            flushing.unlock();
        }
    }

    /** Polls waiting in memory. */
    public int size() {
        return pending.size();
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
        return pending.dropped();
    }
}
