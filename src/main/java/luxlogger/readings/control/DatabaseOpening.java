package luxlogger.readings.control;

import java.util.Map;
import javax.sql.DataSource;

/**
 * The database's opening for writes, once, before the first write: the schema brought up to date and the
 * controllers claimed. Until it succeeds nothing is written, and each write tries it again.
 */
final class DatabaseOpening {

    private boolean opened;

    /**
     * @param database the database's name for the log
     * @throws StoreException when the database cannot be opened, or another instance polls one of the controllers
     */
    synchronized void open(DataSource dataSource, String database, Claim claim, PollStore store) throws StoreException {
        if (opened) {
            return;
        }
        boolean shared;
        try {
            Schema.migrate(dataSource, claim.store().legacy());
            shared = Schema.shared(dataSource);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database " + database + ": " + Transactions.rootMessage(e), e);
        }
        Map<String, String> taken = store.claim(claim.controllers(), shared);
        if (!taken.isEmpty()) {
            String refusal = claim.refusal(taken);
            claim.refused().accept(refusal);
            throw new StoreException("not writing: " + refusal, null);
        }
        opened = true;
    }
}
