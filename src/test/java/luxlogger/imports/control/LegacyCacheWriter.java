package luxlogger.imports.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Writes a {@code cache.db} as the earlier Python logger wrote it, from raw polls: its table (the statement text as
 * it created it), one row a poll, {@code timestamp} the logger's clock in Unix seconds and {@code data_json} the
 * poll as python-luxtronik 7a0eda74 decoded it ({@link LegacyJson}); rollback journal, as python's sqlite3 left it.
 * Commits every {@value #COMMIT_ROWS} rows (the logger flushed its buffer now and then; the rows are the same).
 */
public final class LegacyCacheWriter implements AutoCloseable {

    /** What the earlier logger's storage ran, white space included, as sqlite_master keeps it. */
    static final String TABLE = "CREATE TABLE sensor_data (\n"
            + "                        timestamp REAL PRIMARY KEY,\n"
            + "                        data_json TEXT NOT NULL\n"
            + "                    )";

    private static final int COMMIT_ROWS = 500;

    private final Connection connection;
    private final PreparedStatement insert;
    private final LegacyJson json;
    private int uncommitted;
    private long bytes;

    private LegacyCacheWriter(Connection connection, ZoneId zone) throws SQLException {
        this.connection = connection;
        this.json = new LegacyJson(zone);
        try (Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
        }
        connection.setAutoCommit(false);
        insert = connection.prepareStatement("INSERT OR REPLACE INTO sensor_data VALUES (?, ?)");
    }

    /**
     * A new file (an existing one is refused), written as if by an earlier logger that ran in this zone.
     *
     * @param zone python-luxtronik printed timestamps in the local time of the logger's zone
     */
    public static LegacyCacheWriter create(Path file, ZoneId zone) throws SQLException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " exists already");
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            // only how fast it is written: a file cut short by a crash here is built anew, and the rows are the same
            statement.execute("PRAGMA synchronous = OFF");
            return new LegacyCacheWriter(connection, zone);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** One poll, its row stamped with the snapshot's time (to the microsecond, as python's clock had it). */
    public void append(Snapshot poll) throws SQLException {
        int[] visibilities = new int[poll.visibilities().length];
        for (int i = 0; i < visibilities.length; i++) {
            visibilities[i] = poll.visibilities()[i];
        }
        append(timestamp(poll.time()), poll.parameters(), poll.calculations(), visibilities);
    }

    /** One row: the logger's clock and the raw values the controller sent. */
    void append(double timestamp, int[] parameters, int[] calculations, int[] visibilities) throws SQLException {
        String text = json.json(parameters, calculations, visibilities);
        insert.setDouble(1, timestamp);
        insert.setString(2, text);
        insert.executeUpdate();
        bytes += text.length(); // ASCII only
        if (++uncommitted == COMMIT_ROWS) {
            connection.commit();
            uncommitted = 0;
        }
    }

    /** The length of all data_json written so far, in bytes. */
    public long jsonBytes() {
        return bytes;
    }

    /**
     * python's {@code datetime.timestamp()} of the logger's {@code datetime.now()}: whole seconds plus the
     * microseconds divided by 1e6, in floating point.
     */
    public static double timestamp(Instant time) {
        return time.getEpochSecond() + (time.getNano() / 1_000) / 1e6;
    }

    @Override
    public void close() throws SQLException {
        try (connection;
                insert) {
            connection.commit();
        }
    }
}
