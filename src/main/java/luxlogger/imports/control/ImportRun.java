package luxlogger.imports.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import luxlogger.imports.entity.ImportReport;
import luxlogger.imports.entity.ImportResult;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.ImportedPolls;
import luxlogger.readings.control.PollStore;
import luxlogger.readings.control.StoreException;

/**
 * An import of the earlier logger's database into the polls of one controller: the rows read and turned back into
 * raw polls ({@link LegacyPolls}) and stored as the logger's own polls are, a batch per transaction, so that memory
 * stays flat whatever the size of the file, and so that the live polls, which wait for each batch, wait briefly.
 */
public final class ImportRun {

    private static final Logger LOG = System.getLogger(ImportRun.class.getName());
    /** Polls per transaction: about 4 MB of raw arrays, and under a second of the writer's time. */
    public static final int BATCH = 500;

    private final PollStore store;
    private final int batchSize;

    public ImportRun(PollStore store) {
        this(store, BATCH);
    }

    public ImportRun(PollStore store, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " is less than 1");
        }
        this.store = store;
        this.batchSize = batchSize;
    }

    /**
     * Imports a file of the earlier logger's.
     *
     * @param zone the zone the earlier logger ran in: its timestamps are local times of that zone
     * @throws CacheFileException when the file is none to import (not SQLite, another schema, still being written):
     *     nothing was stored
     * @throws ImportStopped when the database refused a batch, or the file turned unreadable midway (its cause then
     *     is a {@link CacheFileException}): the batches before are stored
     */
    public ImportResult run(Path file, String controller, ZoneId zone) throws CacheFileException, ImportStopped {
        ImportedPolls polls = store.imported(controller);
        var progress = new Object() {
            ImportResult.Span stored = ImportResult.Span.NONE;

            void store(List<Snapshot> batch) {
                try {
                    ImportedPolls.Stored done = polls.store(batch);
                    stored = stored.and(done.stored(), done.first(), done.last());
                } catch (StoreException e) {
                    throw new Refused(e);
                }
            }
        };
        ImportReport report;
        try {
            report = new LegacyPolls(zone).read(file, batchSize, progress::store);
        } catch (CacheFileException e) {
            if (progress.stored.imported() == 0) {
                throw e;
            }
            LOG.log(
                    Level.WARNING,
                    "Import of {0} into {1} stopped after {2} polls: {3}",
                    file,
                    controller,
                    progress.stored.imported(),
                    e.getMessage());
            throw new ImportStopped(progress.stored, e);
        } catch (Refused e) {
            LOG.log(
                    Level.WARNING,
                    "Import of {0} into {1} stopped after {2} polls: {3}",
                    file,
                    controller,
                    progress.stored.imported(),
                    e.getCause().getMessage());
            throw new ImportStopped(progress.stored, e.getCause());
        }
        ImportResult result = ImportResult.of(controller, zone.getId(), report, progress.stored);
        LOG.log(
                Level.INFO,
                "Imported {0} into {1}: {2} polls stored, {3} already present, {4} rows rejected",
                file,
                controller,
                result.imported(),
                result.present(),
                result.rejected());
        return result;
    }

    /** Carries the store's refusal out of the reading, which takes no checked exceptions from its sink. */
    private static final class Refused extends RuntimeException {

        Refused(StoreException cause) {
            super(cause);
        }
    }
}
