package luxlogger.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The earlier logger's SQLite database ({@code sensor_data(timestamp REAL PRIMARY KEY, data_json TEXT)}), opened
 * read-only after checking that it is one and that nothing is writing it. Its rows are read in timestamp order
 * one at a time, through the primary key's index, so memory stays flat whatever the file's size.
 */
public final class CacheFile implements AutoCloseable {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> COLUMNS = Set.of("timestamp", "data_json");
    /** A write that is just committing may hold the file for a moment; longer means a writer is busy with it. */
    private static final int BUSY_MILLIS = 2_000;

    private final Path file;
    private final Connection connection;

    private CacheFile(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens a database for reading, or says what makes it no database of the earlier logger's to import. */
    public static CacheFile open(Path file) throws CacheFileException {
        requireSqlite(file);
        requireNoWriter(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_MILLIS);
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            var cache = new CacheFile(file, connection);
            cache.requireSchema();
            return cache;
        } catch (SQLException e) {
            close(connection);
            throw unreadable(file, e);
        } catch (CacheFileException e) {
            close(connection);
            throw e;
        }
    }

    /** Hands every row to the reader, oldest first: the stored timestamp (as SQLite has it) and the JSON text as UTF-8 bytes. */
    public void rows(BiConsumer<Object, byte[]> reader) throws CacheFileException {
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT timestamp, data_json FROM sensor_data ORDER BY timestamp")) {
            while (rows.next()) {
                reader.accept(rows.getObject(1), rows.getBytes(2));
            }
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public void close() {
        close(connection);
    }

    private void requireSchema() throws SQLException, CacheFileException {
        Set<String> columns = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM pragma_table_info('sensor_data')")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        if (columns.isEmpty()) {
            throw new CacheFileException(file, "has no table sensor_data: not the earlier logger's database");
        }
        if (!columns.containsAll(COLUMNS)) {
            throw new CacheFileException(
                    file,
                    "has a table sensor_data with the columns " + columns + ", not timestamp and data_json:"
                            + " another schema than the earlier logger's");
        }
    }

    private static void requireSqlite(Path file) throws CacheFileException {
        if (!Files.isRegularFile(file)) {
            throw new CacheFileException(file, "does not exist or is no file");
        }
        byte[] start = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(start, 0, start.length) < start.length || !Arrays.equals(start, HEADER)) {
                throw new CacheFileException(file, "is not an SQLite database");
            }
        } catch (IOException e) {
            throw new CacheFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A hot journal or a write-ahead log holds writes the file itself does not have yet. */
    private static void requireNoWriter(Path file) throws CacheFileException {
        for (String suffix : new String[] {"-journal", "-wal"}) {
            Path beside = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.isRegularFile(beside) && Files.size(beside) > 0) {
                    throw new CacheFileException(
                            file,
                            "is still being written: " + beside.getFileName() + " beside it holds writes not yet in"
                                    + " the file (stop the earlier logger, then import)");
                }
            } catch (IOException e) {
                throw new CacheFileException(file, "cannot be checked: " + e.getMessage(), e);
            }
        }
    }

    private static CacheFileException unreadable(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xFF; // the primary code, without the extended bits
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new CacheFileException(
                    file,
                    "is locked by another program, still being written (stop the earlier logger, then import)",
                    e);
        }
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new CacheFileException(file, "is not an SQLite database", e);
        }
        return new CacheFileException(file, "cannot be read as an SQLite database: " + e.getMessage(), e);
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // read-only: nothing to lose
            }
        }
    }
}
