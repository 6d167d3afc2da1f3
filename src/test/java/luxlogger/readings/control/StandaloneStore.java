package luxlogger.readings.control;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The product's store without the server for the tests ({@link FileStore}): on a real SQLite file, or on a real
 * PostgreSQL database as database-postgresql.xml connects to it.
 */
public final class StandaloneStore implements AutoCloseable {

    private final FileStore file;

    public StandaloneStore(Path file) {
        this(file, "heatpump");
    }

    /** @param legacyController the controller the polls of a database from before several controllers belong to */
    public StandaloneStore(Path file, String legacyController) {
        this.file = new FileStore(file, legacyController);
    }

    private StandaloneStore(FileStore file) {
        this.file = file;
    }

    /** The PostgreSQL database at the JDBC URL: its dialect in place of SQLite's, READ COMMITTED (the driver's default). */
    public static StandaloneStore postgresql(String url, String user, String password) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return new StandaloneStore(new FileStore(
                dataSource, Map.of("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect"), "heatpump"));
    }

    public PollStore store() {
        return file.store();
    }

    public PollReader reader() {
        return file.reader();
    }

    /** The one entity manager of writes and reads, for the stores of other components on this database. */
    public EntityManager entityManager() {
        return file.entityManager();
    }

    /** The transactions of {@link #entityManager()}, as the server's UserTransaction. */
    public UserTransaction transaction() {
        return file.transaction();
    }

    /** The data source, as the server's configuration sets it. */
    public DataSource dataSource() {
        return file.dataSource();
    }

    @Override
    public void close() {
        file.close();
    }
}
