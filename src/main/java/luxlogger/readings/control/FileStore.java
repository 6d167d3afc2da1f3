package luxlogger.readings.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.sqlite.SQLiteDataSource;

/**
 * The product's {@link PollStore} and {@link PollReader} on an SQLite file without the server, for the command line
 * ({@code import}) and the tests: Hibernate bootstrapped from the product's own persistence unit, the schema migrated
 * by the same Flyway steps, the data source set as server.xml sets it, and resource-local transactions in place of
 * the server's JTA ones. The persistence context is cleared after every transaction, as the server's
 * transaction-scoped one ends with it, so memory behaves as it does in the server.
 */
public final class FileStore implements AutoCloseable {

    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final EntityManager em;
    private final PollStore store = new PollStore();
    private final PollReader reader = new PollReader();

    /**
     * @param legacyController the controller the polls of a database from before several controllers belong to:
     *     {@code CONTROLLER_NAME}, by default {@code heatpump}
     */
    public FileStore(Path file, String legacyController) {
        this(sqlite(file), Map.of(), legacyController);
    }

    /** Another database, e.g. PostgreSQL in the tests, with the unit's properties for it (its dialect). */
    FileStore(DataSource dataSource, Map<String, Object> properties, String legacyController) {
        this.dataSource = dataSource;
        Schema.migrate(dataSource, legacyController);
        Map<String, Object> unit = new HashMap<>(properties);
        unit.putAll(Map.of(
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource",
                dataSource,
                "hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
                // no JSON columns: Hibernate need not look for a JSON library, of which a class path may hold a wrong
                // one
                "hibernate.type.json_format_mapper",
                new NoJson()));
        factory = Persistence.createEntityManagerFactory("readings", unit);
        em = factory.createEntityManager();
        store.em = em;
        store.transaction = new LocalTransaction(em);
        reader.em = em;
        reader.transaction = store.transaction;
    }

    private static DataSource sqlite(Path file) {
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        dataSource.setJournalMode("WAL");
        dataSource.setSynchronous("FULL");
        dataSource.setBusyTimeout(5_000);
        return dataSource;
    }

    public PollStore store() {
        return store;
    }

    public PollReader reader() {
        return reader;
    }

    /** The one entity manager of writes and reads, for the stores of other components on this database. */
    public EntityManager entityManager() {
        return em;
    }

    /** The transactions of {@link #entityManager()}, as the server's UserTransaction. */
    public UserTransaction transaction() {
        return store.transaction;
    }

    /** The data source, as the server's configuration sets it. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        try (factory) {
            em.close();
        }
    }

    /** The entities have no JSON columns. */
    private static final class NoJson implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("no JSON columns");
        }

        @Override
        public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("no JSON columns");
        }
    }

    /** JTA's face on a resource-local transaction, ending the persistence context with the transaction. */
    private record LocalTransaction(EntityManager em) implements UserTransaction {

        @Override
        public void begin() {
            em.getTransaction().begin();
        }

        @Override
        public void commit() {
            try {
                em.getTransaction().commit();
            } finally {
                em.clear();
            }
        }

        @Override
        public void rollback() {
            try {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            } finally {
                em.clear();
            }
        }

        @Override
        public void setRollbackOnly() {
            em.getTransaction().setRollbackOnly();
        }

        @Override
        public int getStatus() {
            return em.getTransaction().isActive() ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
            // no timeouts here
        }
    }
}
