package luxlogger.readings.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Writes the kept database {@code src/test/resources/databases/main-2026-12-06.db}: a single-controller database
 * as the logger of 2026-12-06 left it, for the tests of the schema migrations that come after (issue #19). The
 * product's own {@link PollStore} writes it (Flyway schema, keyframes and deltas as the server stores them), ten
 * polls to a transaction as the poll writer batches them.
 *
 * <p>Run it again only to understand how the file was made: run on later code it writes that code's schema,
 * which is no longer the old database the migrations must read. {@code mvn test-compile}, then
 * {@code java -cp target/test-classes:target/classes:<test class path> luxlogger.readings.control.SingleControllerDatabase <file>}.
 */
public final class SingleControllerDatabase {

    /** Five hours of 30 s polls: three keyframes, a file of about 100 kB. */
    static final int POLLS = 600;

    static final Instant START = Instant.parse("2026-12-06T00:00:00Z");

    private static final int BATCH = 10;

    private SingleControllerDatabase() {}

    /** The polls the kept database holds, in order; the same at every call. */
    static Supplier<Snapshot> polls() {
        return new NoisyWeek(19, START)::next;
    }

    /** Writes the polls into a new file, then checkpoints and compacts it. */
    static void write(Path file) throws StoreException, SQLException, IOException {
        Files.deleteIfExists(file);
        Supplier<Snapshot> polls = polls();
        try (var standalone = new StandaloneStore(file)) {
            List<Snapshot> batch = new ArrayList<>(BATCH);
            for (int poll = 0; poll < POLLS; poll++) {
                batch.add(polls.get());
                if (batch.size() == BATCH) {
                    standalone.store().store(TestSnapshots.heatpump(batch));
                    batch.clear();
                }
            }
            try (Connection db = standalone.dataSource().getConnection();
                    Statement statement = db.createStatement()) {
                statement.execute("VACUUM");
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "src/test/resources/databases/main-2026-12-06.db");
        write(file);
        System.out.println(file + ": " + Files.size(file) + " bytes, " + POLLS + " polls");
    }
}
