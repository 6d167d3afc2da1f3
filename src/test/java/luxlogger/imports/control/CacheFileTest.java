package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are no database of the earlier logger's to import: each a clear error, and nothing changed. */
class CacheFileTest {

    @TempDir
    Path folder;

    @Test
    void refusesAFileThatIsNoSqliteDatabase() throws Exception {
        Path file = Files.writeString(folder.resolve("cache.db"), "timestamp,data_json\n1736121600,{}\n");

        assertRefused(file, "cache.db is not an SQLite database");
    }

    @Test
    void refusesAFileThatDoesNotExist() {
        assertThatThrownBy(() -> CacheFile.open(folder.resolve("missing.db")))
                .isInstanceOf(CacheFileException.class)
                .hasMessageContaining("missing.db does not exist");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void refusesADamagedDatabase() throws Exception {
        byte[] damaged = new byte[8192];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, damaged, 0, 16);
        Path file = Files.write(folder.resolve("cache.db"), damaged);

        assertRefused(file, "cache.db is not an SQLite database");
    }

    @Test
    void refusesADatabaseWithoutTheTable() throws Exception {
        Path file = database("CREATE TABLE polls (time INTEGER, data BLOB)");

        assertRefused(file, "other.db has no table sensor_data");
    }

    @Test
    void refusesATableWithOtherColumns() throws Exception {
        Path file = database("CREATE TABLE sensor_data (ts REAL PRIMARY KEY, payload TEXT)");

        assertRefused(file, "other.db has a table sensor_data with the columns [payload, ts]");
    }

    @Test
    void refusesADatabaseWithAnUnfinishedTransactionBesideIt() throws Exception {
        Path file = Samples.database(Samples.SAMPLE, folder);
        Files.writeString(folder.resolve("cache_sample.db-journal"), "a rollback journal with content");

        assertRefused(file, "cache_sample.db is still being written: cache_sample.db-journal");
    }

    @Test
    void refusesADatabaseWithAWriteAheadLogBesideIt() throws Exception {
        Path file = Samples.database(Samples.SAMPLE, folder);
        Files.writeString(folder.resolve("cache_sample.db-wal"), "a write-ahead log with content");

        assertRefused(file, "cache_sample.db is still being written: cache_sample.db-wal");
    }

    @Test
    void opensADatabaseBesideAnEmptyJournal() throws Exception {
        // a journal left empty (journal_mode=TRUNCATE) holds no writes
        Path file = Samples.database(Samples.SAMPLE, folder);
        Files.createFile(folder.resolve("cache_sample.db-journal"));

        try (CacheFile cache = CacheFile.open(file)) {
            long[] rows = {0};
            cache.rows((timestamp, json) -> rows[0]++);
            assertThat(rows[0]).isEqualTo(120);
        }
    }

    @Test
    void refusesADatabaseAWriterHoldsLocked() throws Exception {
        Path file = Samples.database(Samples.SAMPLE, folder);
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = writer.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            Map<String, String> before = contents(folder);

            assertThatThrownBy(() -> CacheFile.open(file))
                    .isInstanceOf(CacheFileException.class)
                    .hasMessageContaining("cache_sample.db is locked by another program");
            assertThat(contents(folder)).isEqualTo(before);
            statement.execute("ROLLBACK");
        }
    }

    private void assertRefused(Path file, String message) throws IOException {
        Map<String, String> before = contents(folder);

        assertThatThrownBy(() -> CacheFile.open(file))
                .isInstanceOf(CacheFileException.class)
                .hasMessageContaining(message);
        assertThat(contents(folder)).as("the folder after the refusal").isEqualTo(before);
    }

    private Path database(String... statements) throws SQLException {
        Path file = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return file;
    }

    /** Each file of the folder with a digest of its bytes. */
    static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), digest(Files.readAllBytes(file)));
            }
        }
        return contents;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
