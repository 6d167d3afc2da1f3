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
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.PollDecoder;
import luxlogger.readings.control.PollEncoder;
import luxlogger.readings.control.Schema;
import luxlogger.readings.entity.Keyframe;
import org.sqlite.SQLiteDataSource;

/**
 * The product's storage path without the server: its schema ({@link Schema}), WAL and {@code synchronous=FULL}
 * as in server.xml, and its encoding ({@link PollEncoder}), written through plain JDBC. What JPA adds on top
 * is measured in the real server (commit latency).
 */
final class PollFile implements AutoCloseable {

    private final Path file;
    private final Connection db;
    private final PreparedStatement keyframe;
    private final PreparedStatement poll;
    private final PollEncoder encoder = new PollEncoder();
    private Snapshot current;
    private long lastTime = Long.MIN_VALUE;
    private long keyframes;
    private long payloadBytes;
    private long polls;

    private PollFile(Path file) throws SQLException {
        this.file = file;
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        dataSource.setJournalMode("WAL");
        dataSource.setSynchronous("FULL");
        Schema.migrate(dataSource, "heatpump");
        this.db = dataSource.getConnection();
        db.setAutoCommit(false);
        try (var controller = db.createStatement()) {
            controller.execute(
                    "INSERT INTO controller (id, name) SELECT 1, 'heatpump' WHERE NOT EXISTS (SELECT 1 FROM controller)");
        }
        keyframe = db.prepareStatement("INSERT INTO keyframe (controller, id, firmware, data) VALUES (1, ?, ?, ?)");
        poll = db.prepareStatement("INSERT INTO poll (controller, time, keyframe, data) VALUES (1, ?, ?, ?)");
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
        Snapshot keyed = time == snapshot.time().toEpochMilli()
                ? snapshot
                : new Snapshot(
                        Instant.ofEpochMilli(time),
                        snapshot.parameters(),
                        snapshot.calculations(),
                        snapshot.visibilities());
        PollEncoder.Rows rows = encoder.encode(1, keyed, id -> null);
        if (rows.keyframe().isPresent()) {
            Keyframe first = rows.keyframe().get();
            keyframe.setLong(1, first.id);
            keyframe.setString(2, first.firmware);
            keyframe.setBytes(3, first.data);
            keyframe.executeUpdate();
            current = keyed;
            keyframes++;
            payloadBytes += first.data.length;
        }
        poll.setLong(1, rows.poll().time);
        poll.setLong(2, rows.poll().keyframe);
        poll.setBytes(3, rows.poll().data);
        poll.executeUpdate();
        payloadBytes += rows.poll().data.length;
        lastTime = time;
        polls++;
    }

    void commit() throws SQLException {
        db.commit();
    }

    /** The keyframe whose values the next delta is compared with (null before the first poll). */
    Snapshot keyframe() {
        return current;
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
        long count = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                var rows = db.prepareStatement(
                        "SELECT time, keyframe, data FROM poll WHERE time >= ? AND time < ?" + " ORDER BY time");
                var keyframes = db.prepareStatement("SELECT firmware, data FROM keyframe WHERE id = ?")) {
            var decoder = new PollDecoder(id -> keyframe(keyframes, id));
            rows.setLong(1, from.toEpochMilli());
            rows.setLong(2, to.toEpochMilli());
            try (var result = rows.executeQuery()) {
                while (result.next()) {
                    action.accept(decoder.decode(result.getLong(1), result.getLong(2), result.getBytes(3)));
                    count++;
                }
            }
        }
        return count;
    }

    private static Keyframe keyframe(PreparedStatement keyframes, long id) {
        try {
            keyframes.setLong(1, id);
            try (var row = keyframes.executeQuery()) {
                return row.next() ? new Keyframe(1, id, row.getString(1), row.getBytes(2)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading keyframe " + id + " failed: " + e.getMessage(), e);
        }
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
