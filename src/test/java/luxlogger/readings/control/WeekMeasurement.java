package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;
import luxlogger.readings.entity.Poll;
import org.sqlite.SQLiteDataSource;

/**
 * Stores a week of polls as the logger does ({@link PollEncoder} decides keyframes and deltas) in a real
 * SQLite file with the product's schema, reads every poll back from it with {@link PollDecoder}, and measures
 * bytes and speed.
 */
final class WeekMeasurement {

    static final int POLLS = 7 * 24 * 120;

    /** What one week cost. Sizes in bytes, times per poll. */
    record Figures(
            String name,
            int polls,
            double changedPerPoll,
            double changedSinceKeyframe,
            int keyframes,
            long keyframeBytes,
            long deltaBytes,
            int[] deltaPercentiles,
            double encodeMicros,
            double decodesPerSecond,
            long checkpointedFile,
            long vacuumedFile) {

        double payloadPerPoll() {
            return (keyframeBytes + deltaBytes) / (double) polls;
        }

        double databasePerPoll() {
            return checkpointedFile / (double) polls;
        }

        String report() {
            return String.format(
                    "%s: %d polls, values changed per poll %.1f (since its keyframe %.1f)%n"
                            + "  keyframes %d of %d bytes on average (%.1f bytes/poll amortised)%n"
                            + "  delta bytes p10 %d, p50 %d, p90 %d, p99 %d, max %d; mean %.1f%n"
                            + "  payload %.1f bytes/poll; SQLite file %.1f bytes/poll after checkpoint, %.1f after VACUUM%n"
                            + "  encode %.1f µs/poll (policy and keyframes included), decode %,.0f polls/s",
                    name,
                    polls,
                    changedPerPoll,
                    changedSinceKeyframe,
                    keyframes,
                    keyframeBytes / keyframes,
                    keyframeBytes / (double) polls,
                    deltaPercentiles[0],
                    deltaPercentiles[1],
                    deltaPercentiles[2],
                    deltaPercentiles[3],
                    deltaPercentiles[4],
                    deltaBytes / (double) polls,
                    payloadPerPoll(),
                    databasePerPoll(),
                    vacuumedFile / (double) polls,
                    encodeMicros,
                    decodesPerSecond);
        }
    }

    private WeekMeasurement() {}

    /** Each call of runs must start the same week afresh: it is generated twice, to store and to compare. */
    static Figures measure(String name, Supplier<Supplier<Snapshot>> runs, Path file) throws Exception {
        var encoder = new PollEncoder();
        Map<Long, Keyframe> keyframes = new HashMap<>();
        List<Poll> rows = new ArrayList<>(POLLS);
        int[] deltaSizes = new int[POLLS];
        long changed = 0;
        long changedSinceKeyframe = 0;
        long encodeNanos = 0;
        Supplier<Snapshot> week = runs.get();
        Snapshot keyframe = null;
        Snapshot previous = null;
        for (int poll = 0; poll < POLLS; poll++) {
            Snapshot s = week.get();
            long start = System.nanoTime();
            PollEncoder.Rows encoded = encoder.encode(1, s, keyframes::get);
            encodeNanos += System.nanoTime() - start;
            if (encoded.keyframe().isPresent()) {
                keyframes.put(encoded.keyframe().get().id, encoded.keyframe().get());
                keyframe = s;
            }
            rows.add(encoded.poll());
            deltaSizes[poll] = encoded.poll().data.length;
            changed += previous == null ? 0 : s.differences(previous);
            changedSinceKeyframe += s.differences(keyframe);
            previous = s;
        }
        long[] sizes = store(file, keyframes, rows);
        double decodesPerSecond = readBack(file, runs.get());
        long keyframeBytes =
                keyframes.values().stream().mapToLong(k -> k.data.length).sum();
        long deltaBytes = Arrays.stream(deltaSizes).asLongStream().sum();
        Arrays.sort(deltaSizes);
        int[] percentiles = {
            deltaSizes[POLLS / 10],
            deltaSizes[POLLS / 2],
            deltaSizes[POLLS * 9 / 10],
            deltaSizes[POLLS * 99 / 100],
            deltaSizes[POLLS - 1]
        };
        return new Figures(
                name,
                POLLS,
                changed / (POLLS - 1.0),
                changedSinceKeyframe / (double) POLLS,
                keyframes.size(),
                keyframeBytes,
                deltaBytes,
                percentiles,
                encodeNanos / 1e3 / POLLS,
                decodesPerSecond,
                sizes[0],
                sizes[1]);
    }

    /**
     * Writes the rows into the product's schema, committing every simulated hour; the file sizes after a WAL
     * checkpoint and after VACUUM.
     */
    private static long[] store(Path file, Map<Long, Keyframe> keyframes, List<Poll> rows)
            throws SQLException, java.io.IOException {
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        dataSource.setJournalMode("WAL");
        Schema.migrate(dataSource, "heatpump");
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (var controller = db.createStatement()) {
                controller.execute(
                        "INSERT INTO controller (id, name) SELECT 1, 'heatpump' WHERE NOT EXISTS (SELECT 1 FROM controller)");
            }
            try (var keyframe = db.prepareStatement(
                            "INSERT INTO keyframe (controller, id, firmware, data) VALUES (1, ?, ?, ?)");
                    var poll = db.prepareStatement(
                            "INSERT INTO poll (controller, time, keyframe, data) VALUES (1, ?, ?, ?)")) {
                for (Poll row : rows) {
                    Keyframe first = row.time == row.keyframe ? keyframes.get(row.keyframe) : null;
                    if (first != null) {
                        keyframe.setLong(1, first.id);
                        keyframe.setString(2, first.firmware);
                        keyframe.setBytes(3, first.data);
                        keyframe.executeUpdate();
                    }
                    poll.setLong(1, row.time);
                    poll.setLong(2, row.keyframe);
                    poll.setBytes(3, row.data);
                    poll.executeUpdate();
                    if (row.time % 3_600_000 == 0) {
                        db.commit();
                    }
                }
            }
            db.commit();
            db.setAutoCommit(true);
            long[] sizes = new long[2];
            try (Statement statement = db.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                sizes[0] = Files.size(file);
                statement.execute("VACUUM");
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                sizes[1] = Files.size(file);
            }
            return sizes;
        }
    }

    /** Decodes every poll from the file, checks it against the original; the best of three decode passes. */
    private static double readBack(Path file, Supplier<Snapshot> week) throws Exception {
        Map<Long, Keyframe> keyframes = new HashMap<>();
        List<Poll> rows = new ArrayList<>(POLLS);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = db.createStatement()) {
            try (var result = statement.executeQuery("SELECT id, firmware, data FROM keyframe")) {
                while (result.next()) {
                    keyframes.put(
                            result.getLong(1),
                            new Keyframe(1, result.getLong(1), result.getString(2), result.getBytes(3)));
                }
            }
            try (var result = statement.executeQuery("SELECT time, keyframe, data FROM poll ORDER BY time")) {
                while (result.next()) {
                    rows.add(new Poll(1, result.getLong(1), result.getLong(2), result.getBytes(3)));
                }
            }
        }
        assertThat(rows).hasSize(POLLS);
        var decoder = new PollDecoder(keyframes::get);
        for (Poll row : rows) {
            assertThat(decoder.decode(row.time, row.keyframe, row.data)).isEqualTo(week.get());
        }
        long best = Long.MAX_VALUE;
        long sum = 0;
        for (int pass = 0; pass < 3; pass++) {
            // as a report reads: one decoder per range, each keyframe decoded once when its polls begin
            var timed = new PollDecoder(keyframes::get);
            long start = System.nanoTime();
            for (Poll row : rows) {
                sum += timed.decode(row.time, row.keyframe, row.data).calculations()[15];
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        // using the decoded values keeps the JIT from skipping work whose result nobody reads
        assertThat(sum).isNotEqualTo(Long.MIN_VALUE);
        return POLLS / (best / 1e9);
    }
}
