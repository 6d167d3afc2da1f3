package luxlogger.readings.control;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** Work in a transaction of its own, for the store's writes and its streaming reads. */
public final class Transactions {

    private Transactions() {}

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
