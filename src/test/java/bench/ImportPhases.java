package bench;

import luxlogger.imports.control.CacheFile;
import luxlogger.imports.control.ImportRun;
import luxlogger.imports.control.LegacyPolls;

/**
 * Where an import's time goes: the same file read again, first only its rows ({@link CacheFile}, SQLite and the
 * copy of each row's JSON), then read and converted as the import does ({@link LegacyPolls}, in the batches of {@link ImportRun}) into a sink that keeps
 * nothing. What an import takes beyond the second is storing. Run after the imports, so the code is as warm as at
 * their end.
 *
 * @param rowsSeconds SQLite's rows alone
 * @param readSeconds rows, JSON and conversion, nothing stored
 */
record ImportPhases(double rowsSeconds, double readSeconds) {

    static ImportPhases of(LegacyWeek legacy) throws Exception {
        long[] bytes = {0};
        long start = System.nanoTime();
        try (CacheFile cache = CacheFile.open(legacy.file())) {
            cache.rows((timestamp, json) -> bytes[0] += json.length);
        }
        double rows = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        new LegacyPolls(LegacyWeek.ZONE).read(legacy.file(), ImportRun.BATCH, batch -> {});
        double read = (System.nanoTime() - start) / 1e9;
        if (bytes[0] == 0) {
            throw new IllegalStateException(legacy.file() + " gave no JSON");
        }
        return new ImportPhases(rows, read);
    }
}
