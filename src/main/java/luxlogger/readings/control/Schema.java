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
 * The database schema, versioned by Flyway. Each change is a new numbered step, never an edit of an old one;
 * the later steps sit in files of their own ({@link V3__DaySummaries}, {@link V4__Journal}). The steps are Java classes handed to Flyway directly, so no class path scanning is needed
 * inside the application server.
 */
public final class Schema {

    private static final Logger LOG = System.getLogger(Schema.class.getName());

    private Schema() {}

    /**
     * Brings the database to the newest version; returns the number of steps applied.
     *
     * @param legacyController the controller that the polls of a database from before several controllers
     *     belong to: {@code CONTROLLER_NAME}, by default {@code heatpump}
     */
    public static int migrate(DataSource dataSource, String legacyController) {
        var result = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader finds a location only by a file in it: db/migration holds flyway.location
                .locations("classpath:db/migration")
                .skipDefaultCallbacks(true)
                .javaMigrations(
                        new V1__Polls(),
                        new V2__Controllers(legacyController),
                        new V3__DaySummaries(),
                        new V4__Journal())
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

    /** True for a database that several logger instances may share (PostgreSQL), false for an SQLite file. */
    public static boolean shared(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return ColumnTypes.of(connection) == ColumnTypes.POSTGRESQL;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the database what it is: " + e.getMessage(), e);
        }
    }

    /**
     * The column types that differ between the databases: SQLite's {@code INTEGER} holds 64 bits and its
     * {@code INTEGER PRIMARY KEY} is the row id; PostgreSQL's {@code INTEGER} holds only 32 bits and it has no
     * {@code BLOB}. SQLite's statements stay exactly what they were, so existing databases validate unchanged
     * (Java steps carry no checksum).
     *
     * @param integer a 64-bit whole number
     * @param bytes a byte string of any length
     * @param real a 64-bit floating-point number
     */
    record ColumnTypes(String integer, String bytes, String real) {

        static final ColumnTypes SQLITE = new ColumnTypes("INTEGER", "BLOB", "REAL");
        static final ColumnTypes POSTGRESQL = new ColumnTypes("BIGINT", "BYTEA", "DOUBLE PRECISION");

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

    /**
     * Several controllers: a table of them, and polls and keyframes keyed by controller and instant. The polls
     * of an existing database belong to the legacy controller (number 1). The tables are rebuilt, since neither
     * database changes a primary key in place; in SQLite the polls become a table without row ids, whose
     * primary key is the table itself, so the two-part key costs no extra index.
     */
    static final class V2__Controllers extends BaseJavaMigration {

        private final String legacyController;

        V2__Controllers(String legacyController) {
            this.legacyController = legacyController;
        }

        @Override
        public void migrate(Context context) throws Exception {
            Connection connection = context.getConnection();
            ColumnTypes types = ColumnTypes.of(connection);
            String withoutRowIds = types == ColumnTypes.SQLITE ? " WITHOUT ROWID" : "";
            try (var statement = connection.createStatement()) {
                statement.execute(
                        "CREATE TABLE controller (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, instance TEXT)");
                statement.execute("CREATE TABLE keyframe_v2 (controller INTEGER NOT NULL, id " + types.integer()
                        + " NOT NULL, firmware TEXT NOT NULL, data " + types.bytes()
                        + " NOT NULL, PRIMARY KEY (controller, id))");
                statement.execute("CREATE TABLE poll_v2 (controller INTEGER NOT NULL, time " + types.integer()
                        + " NOT NULL, keyframe " + types.integer() + " NOT NULL, data " + types.bytes()
                        + " NOT NULL, PRIMARY KEY (controller, time))" + withoutRowIds);
                statement.execute("INSERT INTO keyframe_v2 SELECT 1, id, firmware, data FROM keyframe");
                statement.execute("INSERT INTO poll_v2 SELECT 1, time, keyframe, data FROM poll");
                statement.execute("DROP TABLE keyframe");
                statement.execute("DROP TABLE poll");
                statement.execute("ALTER TABLE keyframe_v2 RENAME TO keyframe");
                statement.execute("ALTER TABLE poll_v2 RENAME TO poll");
            }
            try (var insert = connection.prepareStatement("INSERT INTO controller (id, name) SELECT 1, ?"
                    + " WHERE EXISTS (SELECT 1 FROM keyframe) OR EXISTS (SELECT 1 FROM poll)")) {
                insert.setString(1, legacyController);
                insert.executeUpdate();
            }
        }
    }
}
