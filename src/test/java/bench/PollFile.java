package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Consumer;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.Baseline;
import luxlogger.readings.control.CorruptDataException;
import luxlogger.readings.control.KeyframePolicy;
import luxlogger.readings.control.SnapshotCodec;

/**
 * The product's storage path without the server: the same tables as its first Flyway migration, WAL and
 * {@code synchronous=FULL} as in server.xml, and the decisions of {@code PollStore.persist} (a keyframe when
 * the firmware or the array lengths change or {@link KeyframePolicy} asks for one, else a delta against it),
 * written through plain JDBC. What JPA adds on top is measured in the real server (commit latency).
 */
final class PollFile implements AutoCloseable {

    private final Path file;
    private final Connection db;
    private final PreparedStatement keyframe;
    private final PreparedStatement poll;
    private final SnapshotCodec codec = new SnapshotCodec();
    private final KeyframePolicy policy = new KeyframePolicy();
    private Baseline baseline;
    private String firmware;
    private long keyframeId;
    private long lastTime = Long.MIN_VALUE;
    private long keyframes;
    private long payloadBytes;
    private long polls;

    private PollFile(Path file) throws SQLException {
        this.file = file;
        this.db = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = db.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=FULL");
            statement.execute("CREATE TABLE IF NOT EXISTS keyframe (id INTEGER PRIMARY KEY, firmware TEXT NOT NULL,"
                    + " data BLOB NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS poll (time INTEGER PRIMARY KEY, keyframe INTEGER NOT NULL,"
                    + " data BLOB NOT NULL)");
        }
        db.setAutoCommit(false);
        keyframe = db.prepareStatement("INSERT INTO keyframe (id, firmware, data) VALUES (?, ?, ?)");
        poll = db.prepareStatement("INSERT INTO poll (time, keyframe, data) VALUES (?, ?, ?)");
    }

    /** A new, empty database file; an earlier one of that name is deleted. */
    static PollFile create(Path file) throws IOException, SQLException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        return new PollFile(file);
    }

    /**
     * Adds a poll to the open transaction. Polls are keyed by their millisecond like the product's; two
     * snapshots read within one millisecond (only the poll-rate benchmark gets there) take the next one
     * instead of being skipped as the product would skip a replayed instant.
     */
    void append(Snapshot snapshot) throws SQLException {
        long time = Math.max(snapshot.time().toEpochMilli(), lastTime + 1);
        String version = Decoder.firmware(snapshot);
        byte[] delta = baseline == null || !baseline.fits(snapshot) ? null : codec.delta(snapshot, baseline);
        if (delta == null || !firmware.equals(version) || policy.needsKeyframe(snapshot, baseline, delta.length)) {
            Baseline fresh = codec.baseline(snapshot, baseline == null ? null : baseline.snapshot());
            byte[] data = codec.keyframe(fresh);
            keyframe.setLong(1, time);
            keyframe.setString(2, version);
            keyframe.setBytes(3, data);
            keyframe.executeUpdate();
            policy.keyframeWritten(data.length);
            baseline = fresh;
            firmware = version;
            keyframeId = time;
            keyframes++;
            payloadBytes += data.length;
            delta = codec.delta(snapshot, fresh);
        }
        poll.setLong(1, time);
        poll.setLong(2, keyframeId);
        poll.setBytes(3, delta);
        poll.executeUpdate();
        payloadBytes += delta.length;
        lastTime = time;
        polls++;
    }

    void commit() throws SQLException {
        db.commit();
    }

    /** The keyframe whose values the next delta is compared with (null before the first poll). */
    Snapshot keyframe() {
        return baseline == null ? null : baseline.snapshot();
    }

    long keyframes() {
        return keyframes;
    }

    /** Bytes of the stored blobs, keyframes and deltas, without SQLite's rows and pages. */
    long payloadBytes() {
        return payloadBytes;
    }

    long polls() {
        return polls;
    }

    /** The size of the database file once the write-ahead log is folded into it: what a year really costs. */
    long checkpointedBytes() throws SQLException, IOException {
        db.commit();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } finally {
            db.setAutoCommit(false);
        }
        return Files.size(file);
    }

    @Override
    public void close() throws SQLException {
        try (db) {
            db.commit();
        }
    }

    /** Decodes the polls of {@code [from, to)} in time order, as the product's report does: one keyframe kept. */
    static long forEach(Path file, Instant from, Instant to, Consumer<Snapshot> action) throws SQLException {
        var codec = new SnapshotCodec();
        long count = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                var rows = db.prepareStatement("SELECT time, keyframe, data FROM poll WHERE time >= ? AND time < ?"
                        + " ORDER BY time");
                var keyframes = db.prepareStatement("SELECT data FROM keyframe WHERE id = ?")) {
            rows.setLong(1, from.toEpochMilli());
            rows.setLong(2, to.toEpochMilli());
            long keyframeId = Long.MIN_VALUE;
            Baseline baseline = null;
            try (var result = rows.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(2);
                    if (id != keyframeId) {
                        keyframes.setLong(1, id);
                        try (var row = keyframes.executeQuery()) {
                            if (!row.next()) {
                                throw new SQLException("keyframe " + id + " is missing");
                            }
                            baseline = codec.fromKeyframe(Instant.ofEpochMilli(id), row.getBytes(1));
                        }
                        keyframeId = id;
                    }
                    action.accept(codec.fromDelta(Instant.ofEpochMilli(result.getLong(1)), result.getBytes(3),
                            baseline));
                    count++;
                }
            }
        } catch (CorruptDataException e) {
            throw new SQLException("unreadable poll: " + e.getMessage(), e);
        }
        return count;
    }

    /** The time range of the stored polls, {@code [first, last]} in epoch milliseconds. */
    static long[] range(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                var result = db.createStatement().executeQuery("SELECT min(time), max(time), count(*) FROM poll")) {
            result.next();
            return new long[] {result.getLong(1), result.getLong(2), result.getLong(3)};
        }
    }
}
