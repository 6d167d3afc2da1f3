package luxlogger.readings.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
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

    /** Keyframes hold complete snapshots; each poll is a delta against one keyframe, keyed by its instant. */
    static final class V1__Polls extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws Exception {
            try (var statement = context.getConnection().createStatement()) {
                statement.execute(
                        "CREATE TABLE keyframe (id INTEGER PRIMARY KEY, firmware TEXT NOT NULL, data BLOB NOT NULL)");
                statement.execute(
                        "CREATE TABLE poll (time INTEGER PRIMARY KEY, keyframe INTEGER NOT NULL, data BLOB NOT NULL)");
            }
        }
    }
}
