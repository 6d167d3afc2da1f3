package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;

/**
 * The database {@link SummaryBenchmark} reads: days of the current-firmware heat-pump model at 30 s from
 * 2025-01-01 UTC (a year is 1,051,200 polls), stored through the product's {@code PollStore} in batches of 500, as
 * the server's writer and the spill replay store them. Building a year takes minutes, so a file that already holds
 * the expected polls is kept.
 */
record SimulatedYear(Path file, int days) {

    static final String CONTROLLER = "heatpump";
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int BATCH = 500;

    LocalDate firstDay() {
        return LocalDate.ofInstant(START, ZoneOffset.UTC);
    }

    long polls() {
        return (long) days * StorageBenchmark.DAY;
    }

    /** True when the file holds this year's polls: their number, the first and the last. */
    boolean complete() throws SQLException {
        var stored = new StoredPolls(file);
        if (stored.count() != polls()) {
            return false;
        }
        long[] range = stored.range();
        Instant last = START.plus(StorageBenchmark.INTERVAL.multipliedBy(polls() - 1));
        return range[0] == START.toEpochMilli() && range[1] == last.toEpochMilli();
    }

    /** Builds the file unless it is complete; returns how long building took, null when the file was kept. */
    Duration build() throws Exception {
        if (complete()) {
            return null;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        long start = System.nanoTime();
        var model = new HeatPumpModel(Profile.CURRENT, StorageBenchmark.SEED, START);
        try (var store = new StandaloneStore(file)) {
            List<ControllerPoll> batch = new ArrayList<>(BATCH);
            for (long i = 0; i < polls(); i++) {
                Instant time = START.plus(StorageBenchmark.INTERVAL.multipliedBy(i));
                batch.add(new ControllerPoll(CONTROLLER, model.snapshotAt(time)));
                if (batch.size() == BATCH) {
                    store.store().store(batch);
                    batch = new ArrayList<>(BATCH);
                }
                if ((i + 1) % (30L * StorageBenchmark.DAY) == 0) {
                    System.err.printf(
                            "summary: built %d of %d days, %.0f s%n",
                            (i + 1) / StorageBenchmark.DAY, days, (System.nanoTime() - start) / 1e9);
                }
            }
            if (!batch.isEmpty()) {
                store.store().store(batch);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!complete()) {
            throw new IllegalStateException(file + " does not hold the " + polls() + " polls just stored");
        }
        return took;
    }

    /** The file's size with its write-ahead log, in bytes. */
    long bytes() throws IOException {
        long bytes = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            Path part = Path.of(file + suffix);
            bytes += Files.exists(part) ? Files.size(part) : 0;
        }
        return bytes;
    }
}
