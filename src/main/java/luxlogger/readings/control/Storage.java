package luxlogger.readings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.configuration.control.WritableFolder;
import luxlogger.readings.entity.StorageSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Where polls are kept, SQLite or PostgreSQL ({@link StorageSettings}), in the few places where the two differ:
 * the folders checked as polling starts, the spill file, the size of the stored polls and the proof that the
 * database takes writes. Everything else goes through the same entities and queries.
 */
@ApplicationScoped
public class Storage {

    private static final Logger LOG = System.getLogger(Storage.class.getName());
    /** PostgreSQL's size is asked for at most this often, however often the metrics are scraped. */
    private static final Duration SIZE_AGE = Duration.ofMinutes(1);
    /** Our tables in the schema we log in to, with their indexes and TOAST; Flyway's history is ours too. */
    private static final String POSTGRESQL_SIZE = "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relkind = 'r'";

    @Inject
    Instance<StorageSettings> settings;

    /** The writer's connections: a write must be possible on them. */
    @Resource(lookup = "jdbc/luxlogger")
    DataSource writer;

    /** The readers' connections, for the size, so that a metrics scrape never takes one the writer needs. */
    @Resource(lookup = "jdbc/luxlogger-readers")
    DataSource readers;

    @PersistenceUnit(unitName = "readings")
    EntityManagerFactory readings;

    private long size;
    private Instant sizedAt = Instant.MIN;

    /**
     * Checks the folders as polling starts, creating them if need be: with SQLite the database file's, and the spill
     * file's; and logs where polls go.
     *
     * @throws InvalidSettingsException when the settings are unusable or a file's path is a folder: polling must not
     *     start. A folder that cannot be written to (a volume not mounted yet, or full) is only logged: the polls
     *     wait in memory until it can.
     */
    public void prepare() {
        StorageSettings storage = settings.get();
        prepareFolders(storage);
        LOG.log(
                Level.INFO,
                "Storing polls in {0} {1} (Hibernate {2}), spill file {3}",
                storage.sqlite() ? "SQLite" : "PostgreSQL",
                storage.database(),
                readings.unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect()
                        .getClass()
                        .getSimpleName(),
                storage.spillPath());
    }

    /** As {@link #prepare()} without the log line. */
    static void prepareFolders(StorageSettings storage) {
        if (storage.sqlite()) {
            prepareFolder("cache.path", storage.databaseFile(), "the path of the SQLite database file");
        }
        if (!storage.sqlite() || storage.folders().size() > 1) {
            prepareFolder("spill.path", storage.spillPath(), "the path of the spill file");
        }
    }

    private static void prepareFolder(String property, Path file, String expected) {
        try {
            WritableFolder.prepareFor(SettingsReader.variable(property), file, expected);
        } catch (InvalidSettingsException e) {
            if (Files.isDirectory(file)) {
                throw e;
            }
            LOG.log(
                    Level.WARNING,
                    "Polling all the same, {0} cannot be written yet: {1}",
                    file,
                    String.join("; ", e.problems()));
        }
    }

    /** The database as log lines name it: SQLite's file or PostgreSQL's URL (without parameters). */
    public String database() {
        return settings.get().database();
    }

    public Path spillPath() {
        return settings.get().spillPath();
    }

    /**
     * The spill file, opened; empty when it cannot be opened (logged), and the polls the database does not take
     * wait in memory.
     */
    public Optional<SpillFile> openSpill() {
        Path path = spillPath();
        try {
            return Optional.of(new SpillFile(path));
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "Cannot open the spill file {0}, polls the database does not take wait in memory: {1}",
                    path,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The bytes the polls take: SQLite's file with its write-ahead log, or PostgreSQL's tables in our schema
     * (measured at most once a minute; the last size while the server cannot be reached, 0 before the first).
     */
    public synchronized long bytes() {
        StorageSettings storage = settings.get();
        if (storage.sqlite()) {
            Path file = storage.databaseFile();
            return file.toFile().length() + Path.of(file + "-wal").toFile().length();
        }
        Instant now = Instant.now();
        if (sizedAt.plus(SIZE_AGE).isBefore(now)) {
            // also after a failure: a server that does not answer holds up no more than one scrape a minute
            sizedAt = now;
            try (Connection connection = readers.getConnection();
                    Statement statement = connection.createStatement();
                    var rows = statement.executeQuery(POSTGRESQL_SIZE)) {
                rows.next();
                size = rows.getLong(1);
            } catch (SQLException e) {
                LOG.log(Level.DEBUG, "Cannot measure the database: {0}", e.getMessage());
            }
        }
        return size;
    }

    /**
     * Why the database cannot take a write now, proven without writing; empty when it can. SQLite: its write lock
     * can be taken. PostgreSQL: a connection opens on a server that is no read-only standby and a session that is
     * not read-only.
     */
    public Optional<String> unwritable() {
        try (Connection connection = writer.getConnection();
                Statement statement = connection.createStatement()) {
            if (settings.get().sqlite()) {
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("ROLLBACK");
                return Optional.empty();
            }
            try (var rows = statement.executeQuery(
                    "SELECT pg_is_in_recovery(), current_setting('transaction_read_only') = 'on'")) {
                rows.next();
                return rows.getBoolean(1)
                        ? Optional.of("database not writable: the PostgreSQL server is a standby in recovery")
                        : rows.getBoolean(2)
                                ? Optional.of("database not writable: PostgreSQL opens read-only transactions")
                                : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.of("database not writable: " + e.getMessage());
        }
    }
}
