package luxlogger.readings.control;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.BooleanSupplier;

/**
 * Stores a spill file into the database a batch at a time, one transaction each, and moves the file's replay
 * position past each batch once it is committed: memory holds one batch whatever the size of the file, and a
 * replay that stops halfway goes on where it stopped. While the database refuses writes, a replay first tries a
 * single poll, so that a flush during an outage reads one record, not the file.
 */
final class SpillReplay {

    private static final Logger LOG = System.getLogger(SpillReplay.class.getName());

    private final SpillFile spill;
    private final PollBuffer.Writer writer;

    SpillReplay(SpillFile spill, PollBuffer.Writer writer) {
        this.spill = spill;
        this.writer = writer;
    }

    /**
     * @param probe true while the database refuses: one poll first, and batches only once it took that
     * @param stop asked before every batch; true ends the replay, and the rest waits in the file
     * @throws StoreException when the database refuses a batch; the file keeps it and what follows
     */
    void run(boolean probe, BooleanSupplier stop) throws StoreException {
        int size = probe ? 1 : PollBuffer.BATCH;
        long replayed = 0;
        while (spill.count() > 0 && !stop.getAsBoolean()) {
            SpillFile.Batch batch;
            try {
                batch = spill.next(size);
            } catch (IOException e) {
                LOG.log(
                        Level.ERROR,
                        "Spill file {0} unreadable, kept for inspection and replay at next start: {1}",
                        spill.path(),
                        e.getMessage());
                return;
            }
            if (!batch.snapshots().isEmpty()) {
                writer.store(batch.snapshots());
            }
            replayed += batch.snapshots().size();
            try {
                spill.stored(batch);
            } catch (IOException e) {
                // they are stored; should the position be lost, a replay stores them again, which the store skips
                LOG.log(Level.WARNING, "Spill file {0}: replay position not saved: {1}", spill.path(), e.getMessage());
                return;
            }
            size = PollBuffer.BATCH;
        }
        if (replayed > 0) {
            LOG.log(Level.INFO, "Replayed {0} polls from the spill file into the database", replayed);
        }
    }
}
