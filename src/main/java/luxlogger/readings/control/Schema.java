package luxlogger.readings.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The database schema, versioned by Flyway. Each change is a new numbered step below, never an edit of an
 * old one. The steps are Java classes handed to Flyway directly, so no class path scanning is needed
 * inside the application server.
 */
public final class Schema {

    private static final Logger LOG = System.getLogger(Schema.class.getName());

    private Schema() {}

    /** Brings the database to the newest version; returns the number of steps applied. */
    public static int migrate(DataSource dataSource) {
        var result = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader finds a location only by a file in it: db/migration holds flyway.location
                .locations("classpath:db/migration")
                .skipDefaultCallbacks(true)
                .javaMigrations(new V1__Polls())
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.log(
                    Level.INFO,
                    "Database schema migrated to version {0} ({1} steps)",
                    result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return result.migrationsExecuted;
    }

    /**
     * The column types that differ between the databases: SQLite's {@code INTEGER} holds 64 bits and its
     * {@code INTEGER PRIMARY KEY} is the row id; PostgreSQL's {@code INTEGER} holds only 32 bits and it has no
     * {@code BLOB}. SQLite's statements stay exactly what they were, so existing databases validate unchanged
     * (Java steps carry no checksum).
     *
     * @param integer a 64-bit whole number
     * @param bytes a byte string of any length
     */
    record ColumnTypes(String integer, String bytes) {

        static final ColumnTypes SQLITE = new ColumnTypes("INTEGER", "BLOB");
        static final ColumnTypes POSTGRESQL = new ColumnTypes("BIGINT", "BYTEA");

        /** The types of the database behind the connection: SQLite or PostgreSQL. */
        static ColumnTypes of(Connection connection) throws SQLException {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "SQLite" -> SQLITE;
                case "PostgreSQL" -> POSTGRESQL;
                default -> throw new SQLException("unsupported database " + product + " (SQLite or PostgreSQL)");
            };
        }
    }

    /** Keyframes hold complete snapshots; each poll is a delta against one keyframe, keyed by its instant. */
    static final class V1__Polls extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws Exception {
            ColumnTypes types = ColumnTypes.of(context.getConnection());
            try (var statement = context.getConnection().createStatement()) {
                statement.execute("CREATE TABLE keyframe (id " + types.integer()
                        + " PRIMARY KEY, firmware TEXT NOT NULL," + " data " + types.bytes() + " NOT NULL)");
                statement.execute("CREATE TABLE poll (time " + types.integer() + " PRIMARY KEY, keyframe "
                        + types.integer() + " NOT NULL, data " + types.bytes() + " NOT NULL)");
            }
        }
    }
}
