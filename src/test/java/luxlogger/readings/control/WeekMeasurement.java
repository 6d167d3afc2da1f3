package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Stores a week of polls as the logger would (keyframes chosen by {@link KeyframePolicy}, one delta row per
 * poll, the keyframe's own poll as an empty delta) in a real SQLite file, reads every poll back from it, and
 * measures bytes and speed.
 */
final class WeekMeasurement {

    static final int POLLS = 7 * 24 * 120;

    /** What one week cost. Sizes in bytes, times per poll. */
    record Figures(String name, int polls, double changedPerPoll, double changedSinceKeyframe, int keyframes,
            long keyframeBytes, long deltaBytes, int[] deltaPercentiles, double encodeMicros, double decodesPerSecond,
            long checkpointedFile, long vacuumedFile) {

        double payloadPerPoll() {
            return (keyframeBytes + deltaBytes) / (double) polls;
        }

        double databasePerPoll() {
            return checkpointedFile / (double) polls;
        }

        String report() {
            return String.format("%s: %d polls, values changed per poll %.1f (since its keyframe %.1f)%n"
                    + "  keyframes %d of %d bytes on average (%.1f bytes/poll amortised)%n"
                    + "  delta bytes p10 %d, p50 %d, p90 %d, p99 %d, max %d; mean %.1f%n"
                    + "  payload %.1f bytes/poll; SQLite file %.1f bytes/poll after checkpoint, %.1f after VACUUM%n"
                    + "  encode %.1f µs/poll (policy and keyframes included), decode %,.0f polls/s",
                    name, polls, changedPerPoll, changedSinceKeyframe, keyframes, keyframeBytes / keyframes,
                    keyframeBytes / (double) polls, deltaPercentiles[0], deltaPercentiles[1], deltaPercentiles[2],
                    deltaPercentiles[3], deltaPercentiles[4], deltaBytes / (double) polls, payloadPerPoll(),
                    databasePerPoll(), vacuumedFile / (double) polls, encodeMicros, decodesPerSecond);
        }
    }

    private record Row(long time, long keyframe, byte[] data) {
    }

    private WeekMeasurement() {
    }

    /** Each call of runs must start the same week afresh: it is generated twice, to store and to compare. */
    static Figures measure(String name, Supplier<Supplier<Snapshot>> runs, Path file) throws Exception {
        var codec = new SnapshotCodec();
        var policy = new KeyframePolicy();
        Map<Long, byte[]> keyframes = new HashMap<>();
        List<Row> rows = new ArrayList<>(POLLS);
        int[] deltaSizes = new int[POLLS];
        long changed = 0;
        long changedSinceKeyframe = 0;
        long encodeNanos = 0;
        Supplier<Snapshot> week = runs.get();
        Baseline baseline = null;
        Snapshot previous = null;
        for (int poll = 0; poll < POLLS; poll++) {
            Snapshot s = week.get();
            long start = System.nanoTime();
            byte[] delta = baseline == null ? null : codec.delta(s, baseline);
            if (policy.needsKeyframe(s, baseline, delta == null ? 0 : delta.length)) {
                baseline = codec.baseline(s, baseline == null ? null : baseline.snapshot());
                byte[] keyframe = codec.keyframe(baseline);
                policy.keyframeWritten(keyframe.length);
                keyframes.put(s.time().toEpochMilli(), keyframe);
                delta = codec.delta(s, baseline);
            }
            encodeNanos += System.nanoTime() - start;
            rows.add(new Row(s.time().toEpochMilli(), baseline.snapshot().time().toEpochMilli(), delta));
            deltaSizes[poll] = delta.length;
            changed += previous == null ? 0 : s.differences(previous);
            changedSinceKeyframe += s.differences(baseline.snapshot());
            previous = s;
        }
        long[] sizes = store(file, keyframes, rows);
        double decodesPerSecond = readBack(file, runs.get());
        long keyframeBytes = keyframes.values().stream().mapToLong(k -> k.length).sum();
        long deltaBytes = Arrays.stream(deltaSizes).asLongStream().sum();
        Arrays.sort(deltaSizes);
        int[] percentiles = {deltaSizes[POLLS / 10], deltaSizes[POLLS / 2], deltaSizes[POLLS * 9 / 10],
            deltaSizes[POLLS * 99 / 100], deltaSizes[POLLS - 1]};
        return new Figures(name, POLLS, changed / (POLLS - 1.0), changedSinceKeyframe / (double) POLLS,
                keyframes.size(), keyframeBytes, deltaBytes, percentiles, encodeNanos / 1e3 / POLLS,
                decodesPerSecond, sizes[0], sizes[1]);
    }

    /** Writes the rows as the schema will hold them; the file sizes after a WAL checkpoint and after VACUUM. */
    private static long[] store(Path file, Map<Long, byte[]> keyframes, List<Row> rows) throws SQLException,
            java.io.IOException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = db.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("CREATE TABLE keyframe (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
                statement.execute("CREATE TABLE poll (time INTEGER PRIMARY KEY, keyframe INTEGER NOT NULL, "
                        + "data BLOB NOT NULL)");
            }
            db.setAutoCommit(false);
            try (var keyframe = db.prepareStatement("INSERT INTO keyframe (id, data) VALUES (?, ?)");
                    var poll = db.prepareStatement("INSERT INTO poll (time, keyframe, data) VALUES (?, ?, ?)")) {
                for (Row row : rows) {
                    if (row.time == row.keyframe) {
                        keyframe.setLong(1, row.keyframe);
                        keyframe.setBytes(2, keyframes.get(row.keyframe));
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
        var codec = new SnapshotCodec();
        Map<Long, Baseline> baselines = new HashMap<>();
        List<Row> rows = new ArrayList<>(POLLS);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = db.createStatement()) {
            try (var result = statement.executeQuery("SELECT id, data FROM keyframe")) {
                while (result.next()) {
                    long id = result.getLong(1);
                    baselines.put(id, codec.fromKeyframe(Instant.ofEpochMilli(id), result.getBytes(2)));
                }
            }
            try (var result = statement.executeQuery("SELECT time, keyframe, data FROM poll ORDER BY time")) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getLong(2), result.getBytes(3)));
                }
            }
        }
        assertThat(rows).hasSize(POLLS);
        for (Row row : rows) {
            Snapshot s = codec.fromDelta(Instant.ofEpochMilli(row.time), row.data, baselines.get(row.keyframe));
            assertThat(s).isEqualTo(week.get());
        }
        long best = Long.MAX_VALUE;
        long sum = 0;
        for (int pass = 0; pass < 3; pass++) {
            long start = System.nanoTime();
            for (Row row : rows) {
                sum += codec.fromDelta(Instant.ofEpochMilli(row.time), row.data, baselines.get(row.keyframe))
                        .calculations()[15];
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        // using the decoded values keeps the JIT from skipping work whose result nobody reads
        assertThat(sum).isNotEqualTo(Long.MIN_VALUE);
        return POLLS / (best / 1e9);
    }
}
