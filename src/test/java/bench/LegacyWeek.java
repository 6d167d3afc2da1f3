package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import luxlogger.imports.control.LegacyCacheWriter;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;

/**
 * The earlier Python logger's {@code cache.db} of the storage benchmark's winter week (the current-firmware model,
 * 1,809 values a poll, from {@link StorageBenchmark#MONDAY}) at 30 s, as that logger wrote it in Berlin: one row a
 * poll, about 78 kB of JSON each ({@link LegacyCacheWriter}). The logger's clock stamped each row a little after
 * the full 30 s, a different fraction each time, and the model is asked for the poll at that instant, so the raw
 * values of poll n are known again by running the model once more. Building a week takes about a minute, so a
 * file that holds the expected rows is kept.
 */
record LegacyWeek(Path file, int days) {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Profile PROFILE = Profile.CURRENT;

    int polls() {
        return days * StorageBenchmark.DAY;
    }

    /** The instant of poll n: on the 30 s grid, plus 80 to 160 ms, to the microsecond. */
    static Instant time(int n) {
        long micros = new SplittableRandom(n).nextLong(80_000, 160_000);
        return StorageBenchmark.MONDAY
                .plus(StorageBenchmark.INTERVAL.multipliedBy(n))
                .plusNanos(micros * 1_000);
    }

    /** The model that gave the polls; asked for time(0), time(1) ... it gives them again. */
    static HeatPumpModel model() {
        return new HeatPumpModel(PROFILE, StorageBenchmark.SEED, StorageBenchmark.MONDAY);
    }

    /** True when the file holds the rows of these days: their number, the first and the last stamp. */
    boolean complete() throws SQLException {
        if (!Files.exists(file) || Files.exists(Path.of(file + "-journal"))) {
            return false;
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rows = db.createStatement()
                        .executeQuery("SELECT count(*), min(timestamp), max(timestamp) FROM sensor_data")) {
            return rows.next()
                    && rows.getLong(1) == polls()
                    && rows.getDouble(2) == LegacyCacheWriter.timestamp(time(0))
                    && rows.getDouble(3) == LegacyCacheWriter.timestamp(time(polls() - 1));
        } catch (SQLException e) {
            return false; // no such table: a file cut short while it was built
        }
    }

    /** Builds the file unless it is complete; how long building took, null when the file was kept. */
    Duration build() throws Exception {
        if (complete()) {
            return null;
        }
        for (String suffix : new String[] {"", "-journal"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        long start = System.nanoTime();
        HeatPumpModel model = model();
        try (var writer = LegacyCacheWriter.create(file, ZONE)) {
            for (int n = 0; n < polls(); n++) {
                writer.append(model.snapshotAt(time(n)));
                if ((n + 1) % StorageBenchmark.DAY == 0) {
                    System.err.printf(
                            "import: built %d of %d days of %s, %.0f s%n",
                            (n + 1) / StorageBenchmark.DAY, days, file, (System.nanoTime() - start) / 1e9);
                }
            }
        }
        if (!complete()) {
            throw new IllegalStateException(file + " does not hold the " + polls() + " rows just written");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
