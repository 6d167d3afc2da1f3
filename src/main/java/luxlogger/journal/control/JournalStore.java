package luxlogger.journal.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.readings.control.Transactions;

/**
 * Writes the journal: a controller's events, replaced range by range as they are computed again, and its
 * progress (the last row walked, and by which rules), through the writer's unit. {@link JournalReader} reads.
 */
@ApplicationScoped
public class JournalStore {

    /** Kinds whose key is the controller's own slot: entered once, never deleted by a recomputation. */
    static final Set<String> SLOTS = Set.of(EventKind.ERROR.key(), EventKind.SWITCH_OFF.key());

    @PersistenceContext(unitName = "readings")
    EntityManager writer;

    @Resource
    UserTransaction transaction;

    /** For CDI. */
    public JournalStore() {}

    /** Without the server, e.g. on the database of a test. */
    public JournalStore(EntityManager writer, UserTransaction transaction) {
        this.writer = writer;
        this.transaction = transaction;
    }

    /**
     * Replaces the events of a controller detected in {@code [from, to]} by those of {@code events} detected in
     * that range, in one transaction that starts with its delete, so that it holds SQLite's write lock before it
     * reads. Errors and switch-offs are never deleted, only entered when absent (their key is the controller's
     * slot, the same whichever poll saw it): an existing one keeps its history flag and the earliest detection.
     * Moves the progress on to {@code through}, never back.
     *
     * @param through the last row walked; null leaves the progress as it is
     * @return how many errors were entered now that are not history
     */
    public int replace(
            int controller, Instant from, Instant to, Collection<JournalEvent> events, Instant through, int rules) {
        Map<JournalEvent.Key, JournalEvent> unique = new LinkedHashMap<>();
        for (JournalEvent event : events) {
            if (event.detected >= from.toEpochMilli() && event.detected <= to.toEpochMilli()) {
                event.controller = controller;
                unique.put(key(event), event);
            }
        }
        return inTransaction(() -> {
            writer.createQuery("DELETE FROM JournalEvent e WHERE e.controller = :c AND e.detected >= :from"
                            + " AND e.detected <= :to AND e.kind NOT IN :slots")
                    .setParameter("c", controller)
                    .setParameter("from", from.toEpochMilli())
                    .setParameter("to", to.toEpochMilli())
                    .setParameter("slots", SLOTS)
                    .executeUpdate();
            int errors = 0;
            for (JournalEvent event : unique.values()) {
                JournalEvent stored = writer.find(JournalEvent.class, key(event));
                if (stored == null) {
                    writer.persist(event);
                    errors += event.kind.equals(EventKind.ERROR.key()) && !event.history ? 1 : 0;
                } else if (SLOTS.contains(event.kind)) {
                    stored.detected = Math.min(stored.detected, event.detected);
                } else {
                    // the same event found by an earlier walk that the delete did not reach: this walk's wins
                    writer.merge(event);
                }
            }
            if (through != null) {
                advance(controller, through, rules);
            }
            return errors;
        });
    }

    /**
     * Moves a controller's progress back to {@code to}, never forward, so that the next catch-up (the server's start)
     * computes the journal again from there: after polls were stored that no running journal saw, such as an import
     * on the command line.
     *
     * @return true when the progress was moved
     */
    public boolean rewind(int controller, Instant to) {
        return inTransaction(() -> writer.createNativeQuery(
                                "UPDATE journal_progress SET through = ?1 WHERE controller = ?2 AND through > ?1")
                        .setParameter(1, to.toEpochMilli())
                        .setParameter(2, controller)
                        .executeUpdate())
                > 0;
    }

    private void advance(int controller, Instant through, int rules) {
        List<?> old = writer.createNativeQuery("SELECT through FROM journal_progress WHERE controller = ?1")
                .setParameter(1, controller)
                .getResultList();
        long at = through.toEpochMilli();
        if (old.isEmpty()) {
            writer.createNativeQuery("INSERT INTO journal_progress (controller, through, rules) VALUES (?1, ?2, ?3)")
                    .setParameter(1, controller)
                    .setParameter(2, at)
                    .setParameter(3, rules)
                    .executeUpdate();
        } else {
            writer.createNativeQuery("UPDATE journal_progress SET through = ?1, rules = ?2 WHERE controller = ?3")
                    .setParameter(1, Math.max(at, ((Number) old.get(0)).longValue()))
                    .setParameter(2, rules)
                    .setParameter(3, controller)
                    .executeUpdate();
        }
    }

    private static JournalEvent.Key key(JournalEvent event) {
        return new JournalEvent.Key(event.controller, event.kind, event.time, event.subject);
    }

    private <T> T inTransaction(Callable<T> work) {
        try {
            return Transactions.write(transaction, work);
        } catch (Exception e) {
            throw new IllegalStateException("storing the journal failed: " + Transactions.rootMessage(e), e);
        }
    }
}
