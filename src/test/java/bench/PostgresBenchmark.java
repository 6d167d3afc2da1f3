package bench;

import it.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.opentest4j.TestAbortedException;

/**
 * PostgreSQL beside SQLite: the simulated week of {@link StorageBenchmark} stored in a real PostgreSQL server
 * ({@link Postgres}: Debian's package, a temporary cluster on loopback) the way the server stores it, through the
 * product's persistence unit ({@link StandaloneStore}); then
 *
 * <ul>
 *   <li>bytes per poll: {@code pg_total_relation_size} (table, indexes, TOAST, free space and visibility maps) of
 *       {@code poll}, {@code keyframe} and {@code controller} after {@code VACUUM ANALYZE}, beside the SQLite file
 *       of the same week;
 *   <li>the weekly report read from PostgreSQL, beside the same report read from the SQLite file, both through the
 *       product's reader (JPA, streamed), as {@link ReportBenchmark} measures time and peak heap. Its own SQLite
 *       figures read with plain JDBC; these show what the database changes, on the path the server takes.
 * </ul>
 *
 * <p>Meant to run like {@link ReportBenchmark}, with {@code -Xmx64m -XX:+UseSerialGC}. Without PostgreSQL installed it
 * prints a note and no figures.
 *
 * <p>Usage: {@code PostgresBenchmark [SQLite file of the week]} (default {@code target/bench/week.db}; written first
 * when missing).
 */
public final class PostgresBenchmark {

    private static final String CONTROLLER = "heatpump";
    private static final String SIZE = "SELECT pg_total_relation_size('poll'), pg_total_relation_size('keyframe'),"
            + " pg_total_relation_size('controller')";
    private static final String PAYLOAD =
            "SELECT (SELECT SUM(LENGTH(data)) FROM poll) + (SELECT SUM(LENGTH(data)) FROM keyframe)";

    private PostgresBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/week.db");
        if (!Files.exists(file)) {
            System.err.println("postgres: " + file + " missing, storing the simulated week first");
            try (PollFile polls = PollFile.create(file)) {
                StorageBenchmark.write(polls);
            }
        }
        long sqliteBytes = Files.size(file);
        Postgres postgres;
        try {
            postgres = Postgres.launch();
        } catch (TestAbortedException e) {
            Figure.note("no PostgreSQL figures: " + e.getMessage());
            return;
        }
        try (postgres) {
            long start = System.nanoTime();
            try (var store = store(postgres)) {
                write(store);
            }
            double writeSeconds = (System.nanoTime() - start) / 1e9;
            long[] sizes;
            long polls;
            try (Connection db = connect(postgres)) {
                db.createStatement().execute("VACUUM ANALYZE poll, keyframe, controller");
                sizes = longs(db, SIZE, 3);
                polls = longs(db, "SELECT COUNT(*) FROM poll", 1)[0];
                checkSamePolls(db, file, polls);
            }
            long bytes = sizes[0] + sizes[1] + sizes[2];
            System.err.printf(
                    "postgres: %d polls stored through JPA in %.1f s; poll %d bytes, keyframe %d, controller %d%n",
                    polls, writeSeconds, sizes[0], sizes[1], sizes[2]);
            Figure.info(
                            "storage: PostgreSQL per poll (same week; tables, indexes, TOAST)",
                            bytes / (double) polls,
                            "B/poll")
                    .print();
            Figure.info(
                            "storage: PostgreSQL per poll, as a multiple of the SQLite file's",
                            bytes / (double) sqliteBytes,
                            "x")
                    .print();
            reports(postgres, file);
        }
    }

    /** The weekly report from PostgreSQL, then from the SQLite file, through the product's reader each. */
    private static void reports(Postgres postgres, Path file) throws Exception {
        long[] range = PollFile.range(file);
        Instant first = Instant.ofEpochMilli(range[0]);
        Instant end = Instant.ofEpochMilli(range[1] + 1);
        Path folder = ReportBenchmark.folder(file);
        // both open while either is measured, so that both peaks hold the same two persistence units
        try (var fromPostgres = store(postgres);
                var fromSqlite = new StandaloneStore(file)) {
            ReportBenchmark.Polls postgresPolls =
                    (from, to, action) -> fromPostgres.reader().forEach(CONTROLLER, from, to, action);
            ReportBenchmark.Polls sqlitePolls =
                    (from, to, action) -> fromSqlite.reader().forEach(CONTROLLER, from, to, action);
            ReportBenchmark.warmUp(postgresPolls, first, folder);
            ReportBenchmark.warmUp(sqlitePolls, first, folder);
            var postgresql = ReportBenchmark.measure(postgresPolls, first, end, folder.resolve("weekly-pg.csv"));
            var sqlite = ReportBenchmark.measure(sqlitePolls, first, end, folder.resolve("weekly-sqlite.csv"));
            System.err.printf("postgres: weekly from PostgreSQL %s; from SQLite %s%n", postgresql, sqlite);
            print("PostgreSQL", postgresql);
            print("SQLite", sqlite);
            if (postgresql.report().bytes() != sqlite.report().bytes()) {
                Figure.note("the weekly reports from PostgreSQL and SQLite differ: "
                        + postgresql.report().bytes() + " and "
                        + sqlite.report().bytes() + " bytes");
            }
        }
        Files.deleteIfExists(folder.resolve("weekly-pg.csv"));
        Files.deleteIfExists(folder.resolve("weekly-sqlite.csv"));
    }

    private static void print(String database, ReportBenchmark.Measured weekly) {
        String name = "reports: weekly report from " + database + " through JPA";
        Figure.info(
                        name + ", " + weekly.report().rows() + " polls " + ReportBenchmark.heapName(),
                        weekly.seconds(),
                        "s")
                .print();
        Figure.info(name + ", peak heap (sum of pool peaks)", weekly.peakHeapMiB(), "MiB")
                .print();
    }

    /** Stores the week of {@link StorageBenchmark} as the server does, a transaction per simulated hour. */
    private static void write(StandaloneStore store) throws Exception {
        var model = new HeatPumpModel(Profile.CURRENT, StorageBenchmark.SEED, StorageBenchmark.MONDAY);
        List<ControllerPoll> hour = new ArrayList<>();
        for (int i = 0; i < StorageBenchmark.WEEK; i++) {
            Instant time = StorageBenchmark.MONDAY.plus(StorageBenchmark.INTERVAL.multipliedBy(i));
            hour.add(new ControllerPoll(CONTROLLER, model.snapshotAt(time)));
            if (hour.size() == Duration.ofHours(1).dividedBy(StorageBenchmark.INTERVAL)) {
                store.store().store(hour);
                hour.clear();
            }
        }
        if (!hour.isEmpty()) {
            store.store().store(hour);
        }
    }

    /** The same polls in both databases: as many, and the same bytes of keyframes and deltas. */
    private static void checkSamePolls(Connection postgres, Path file, long polls) throws SQLException {
        long payload = longs(postgres, PAYLOAD, 1)[0];
        long[] sqliteRange = PollFile.range(file);
        long sqlitePayload;
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            sqlitePayload = longs(sqlite, PAYLOAD, 1)[0];
        }
        if (polls != sqliteRange[2] || payload != sqlitePayload) {
            Figure.note("PostgreSQL holds " + polls + " polls of " + payload + " bytes, the SQLite file "
                    + sqliteRange[2] + " of " + sqlitePayload + ": not the same week");
        }
    }

    private static StandaloneStore store(Postgres postgres) {
        return StandaloneStore.postgresql(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
    }

    private static Connection connect(Postgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
    }

    private static long[] longs(Connection db, String query, int columns) throws SQLException {
        try (var rows = db.createStatement().executeQuery(query)) {
            rows.next();
            long[] values = new long[columns];
            for (int c = 0; c < columns; c++) {
                values[c] = rows.getLong(c + 1);
            }
            return values;
        }
    }
}
