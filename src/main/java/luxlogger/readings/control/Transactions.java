package luxlogger.readings.control;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** Work in a transaction of its own, for the store's writes and its streaming reads. */
public final class Transactions {

    /**
     * Held by every write transaction of this JVM (polls, failed polls, deletes, journal, day summaries). SQLite
     * takes one writer at a time, and a transaction that read before another writer's commit cannot write after
     * it (SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out): so writers take turns here, not in the database.
     */
    private static final Object WRITES = new Object();

    private Transactions() {}

    /** Runs writing work in a transaction of its own, one writer at a time; as {@link #run}. */
    public static <T> T write(UserTransaction transaction, Callable<T> work) throws Exception {
        synchronized (WRITES) {
            return run(transaction, work);
        }
    }

    /** Runs the work in a transaction, rolled back when the work or the commit fails. */
    public static <T> T run(UserTransaction transaction, Callable<T> work) throws Exception {
        try {
            transaction.begin();
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            try {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            } catch (Exception ignored) {
                // the original failure is what matters
            }
            throw e;
        }
    }

    /** The message of the innermost cause, which names what really failed (e.g. "database is locked"). */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
