package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.Postgres;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.readings.entity.StorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** What differs between SQLite and PostgreSQL, each on a real database: folders, size and the proof of writes. */
class StorageTest {

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1/luxlogger";

    @TempDir
    Path dir;

    @Test
    void withSqliteTheDatabaseFolderIsCreatedAndChecked() {
        Path database = dir.resolve("data/luxlogger.db");
        Storage.prepareFolders(new StorageSettings("", database, Path.of(database + ".spill")));
        assertThat(dir.resolve("data")).isEmptyDirectory();
    }

    @Test
    void aDatabasePathThatIsAFolderStopsPolling() throws IOException {
        Path database = Files.createDirectories(dir.resolve("luxlogger.db"));
        assertThatThrownBy(() ->
                        Storage.prepareFolders(new StorageSettings("", database, dir.resolve("luxlogger.db.spill"))))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("CACHE_PATH='" + database
                        + "' is invalid: expected the path of the SQLite database file, not a folder");
    }

    @Test
    void withPostgresqlOnlyTheSpillFolderIsCreatedNotTheDatabaseFolder() {
        Path spill = dir.resolve("spill/polls.spill");
        Storage.prepareFolders(new StorageSettings(POSTGRESQL, dir.resolve("data/luxlogger.db"), spill));
        assertThat(dir.resolve("spill")).isEmptyDirectory();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aSpillPathThatIsAFolderStopsPolling() throws IOException {
        Path spill = Files.createDirectories(dir.resolve("polls.spill"));
        assertThatThrownBy(() -> Storage.prepareFolders(new StorageSettings(POSTGRESQL, dir.resolve("x.db"), spill)))
                .hasMessage("SPILL_PATH='" + spill + "' is invalid: expected the path of the spill file, not a folder");
    }

    @Test
    void aSpillFolderThatCannotBeWrittenYetIsOnlyAWarning() throws IOException {
        // a file where the folder should be, as a volume mounted over a file would leave it
        Path inTheWay = Files.writeString(dir.resolve("spill"), "x");
        Path spill = inTheWay.resolve("polls.spill");
        try (var log = CapturedLog.of(Storage.class)) {
            Storage.prepareFolders(new StorageSettings("", dir.resolve("data/luxlogger.db"), spill));

            assertThat(log.warnings())
                    .singleElement()
                    .asString()
                    .startsWith("Polling all the same, " + spill + " cannot be written yet: SPILL_PATH='" + spill
                            + "' is invalid: expected a folder the logger can write to");
        }
        assertThat(dir.resolve("data")).isDirectory();
    }

    @Test
    void sqliteIsAsLargeAsItsFileAndWriteAheadLog() throws IOException {
        Path database = Files.write(dir.resolve("luxlogger.db"), new byte[4096]);
        Files.write(dir.resolve("luxlogger.db-wal"), new byte[1000]);
        var storage = storage(new StorageSettings("", database, Path.of(database + ".spill")), null);
        assertThat(storage.bytes()).isEqualTo(5096);
    }

    @Test
    void sqliteTakesWritesWhileItsWriteLockIsFree() throws SQLException {
        Path database = dir.resolve("luxlogger.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + database);
        dataSource.setBusyTimeout(100);
        var storage = storage(new StorageSettings("", database, Path.of(database + ".spill")), dataSource);
        assertThat(storage.unwritable()).isEmpty();

        try (var other = dataSource.getConnection();
                var statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            assertThat(storage.unwritable())
                    .hasValueSatisfying(problem -> assertThat(problem)
                            .startsWith("database not writable: ")
                            .contains("locked"));
        }
    }

    @Test
    void postgresqlIsAsLargeAsItsTablesAndTakesWritesUntilItIsReadOnlyOrDown() throws SQLException {
        try (var postgres = Postgres.launch()) {
            var dataSource = new PGSimpleDataSource();
            dataSource.setURL(postgres.jdbcUrl());
            dataSource.setUser(Postgres.USER);
            dataSource.setPassword(Postgres.PASSWORD);
            Schema.migrate(dataSource, "heatpump");
            var storage =
                    storage(new StorageSettings(postgres.jdbcUrl(), dir.resolve("x.db"), dir.resolve("s")), dataSource);

            // three tables of at least one 8 KiB page each: keyframe and poll with their keys, Flyway's history
            assertThat(storage.bytes()).isGreaterThanOrEqualTo(3 * 8192);
            assertThat(storage.unwritable()).isEmpty();

            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("ALTER DATABASE " + Postgres.DATABASE + " SET default_transaction_read_only = on");
            }
            assertThat(storage.unwritable()).contains("database not writable: PostgreSQL opens read-only transactions");

            postgres.stop();
            assertThat(storage.unwritable())
                    .hasValueSatisfying(problem -> assertThat(problem)
                            .startsWith("database not writable: ")
                            .contains("refused"));
            // the size measured last while the server is down
            assertThat(storage.bytes()).isGreaterThanOrEqualTo(3 * 8192);
        }
    }

    @SuppressWarnings("unchecked")
    private static Storage storage(StorageSettings settings, DataSource dataSource) {
        var storage = new Storage();
        storage.settings = (Instance<StorageSettings>) Proxy.newProxyInstance(
                Instance.class.getClassLoader(), new Class<?>[] {Instance.class}, (proxy, method, args) -> settings);
        storage.writer = dataSource;
        storage.readers = dataSource;
        return storage;
    }
}
