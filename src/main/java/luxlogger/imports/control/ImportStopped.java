package luxlogger.imports.control;

import luxlogger.imports.entity.ImportResult;

/**
 * An import stopped midway, because the database refused a batch (its cause a {@code StoreException}) or the file
 * turned unreadable (a {@link CacheFileException}): the batches before are stored, and a second run of the same
 * import stores the rest without storing any poll twice.
 */
public class ImportStopped extends Exception {

    private final transient ImportResult.Span stored;

    ImportStopped(ImportResult.Span stored, Throwable cause) {
        super(cause.getMessage(), cause);
        this.stored = stored;
    }

    /** The polls stored before it stopped. */
    public ImportResult.Span stored() {
        return stored;
    }
}
