package luxlogger.readings.control;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Consumer;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;

/**
 * The stored rows of a controller's polls read with plain JDBC on the readers' connection: a year is about a million
 * rows, and Hibernate's row handling took as long again as reading and decoding them. The SQL is the same for SQLite
 * and PostgreSQL. The keyframe query is prepared once per read, since a year's read meets thousands of keyframes.
 */
final class PollRows implements AutoCloseable {

    /** Rows fetched at a time: PostgreSQL streams with a cursor only when this is set. */
    private static final int FETCH = 500;

    private final Connection connection;
    private final int controller;
    private PreparedStatement keyframes;

    PollRows(Connection connection, int controller) {
        this.connection = connection;
        this.controller = controller;
    }

    /** One stored row: the poll's instant, the id of its keyframe and its delta. */
    interface Row {
        void accept(long time, long keyframe, byte[] data);
    }

    /** Hands the rows of {@code [from, to)} to the consumer in time order. */
    void forEach(Instant from, Instant to, Row row) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT time, keyframe, data FROM poll"
                + " WHERE controller = ? AND time >= ? AND time < ? ORDER BY time")) {
            statement.setFetchSize(FETCH);
            statement.setInt(1, controller);
            statement.setLong(2, from.toEpochMilli());
            statement.setLong(3, to.toEpochMilli());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.accept(rows.getLong(1), rows.getLong(2), rows.getBytes(3));
                }
            }
        }
    }

    /**
     * Hands the polls of {@code [from, to)} to the consumer in time order, decoded; a row the decoder cannot read
     * (an {@link IllegalStateException}) goes to {@code unreadable} instead. Returns the polls handed on.
     */
    long decode(Instant from, Instant to, RowDecoder decoder, Consumer<Snapshot> consumer, Consumer<String> unreadable)
            throws SQLException {
        long[] count = {0};
        forEach(from, to, (time, keyframe, data) -> {
            Snapshot snapshot;
            try {
                snapshot = decoder.decode(time, keyframe, data);
            } catch (IllegalStateException e) {
                unreadable.accept(e.getMessage());
                return;
            }
            consumer.accept(snapshot);
            count[0]++;
        });
        return count[0];
    }

    /** Decodes one stored row. */
    interface RowDecoder {
        Snapshot decode(long time, long keyframe, byte[] data);
    }

    /**
     * A stored keyframe, null when there is none.
     *
     * @throws PersistenceException when the database fails: that is no unreadable poll, and ends the read
     */
    Keyframe keyframe(long id) {
        try {
            if (keyframes == null) {
                keyframes = connection.prepareStatement(
                        "SELECT firmware, data FROM keyframe WHERE controller = ? AND id = ?");
                keyframes.setInt(1, controller);
            }
            keyframes.setLong(2, id);
            try (var rows = keyframes.executeQuery()) {
                return rows.next() ? new Keyframe(controller, id, rows.getString(1), rows.getBytes(2)) : null;
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading keyframe " + Instant.ofEpochMilli(id) + " failed", e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (keyframes != null) {
            keyframes.close();
        }
    }
}
