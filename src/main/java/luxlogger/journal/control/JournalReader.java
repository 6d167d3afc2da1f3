package luxlogger.journal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;

/** Reads the journal ({@link JournalStore} writes it) and what it needs of the polls, through the readers' pool. */
@ApplicationScoped
public class JournalReader {

    private static final List<String> INTERVALS = Arrays.stream(EventKind.values())
            .filter(EventKind::interval)
            .map(EventKind::key)
            .toList();

    @PersistenceContext(unitName = "readers")
    EntityManager em;

    /** For CDI. */
    public JournalReader() {}

    /** Without the server, e.g. on the database of a test. */
    public JournalReader(EntityManager em) {
        this.em = em;
    }

    /**
     * How far a controller's journal is computed.
     *
     * @param through the last poll (or failed poll) walked
     * @param rules the version of the rules it was computed by
     */
    public record Progress(Instant through, int rules) {}

    /** One page of events, newest first, and how many there are in all. */
    public record Page(long total, List<JournalEvent> events) {}

    /**
     * @param count the errors that were new when seen (not history)
     * @param last the newest error, history included; null without any
     */
    public record Errors(long count, JournalEvent last) {}

    /** The database's number of a controller; empty while none of its polls was stored. */
    public Optional<Integer> number(String controller) {
        return em
                .createQuery("SELECT c.id FROM StoredController c WHERE c.name = :name", Integer.class)
                .setParameter("name", controller)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<Progress> progress(int controller) {
        List<?> rows = em.createNativeQuery("SELECT through, rules FROM journal_progress WHERE controller = ?1")
                .setParameter(1, controller)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cells = (Object[]) row;
            return new Progress(Instant.ofEpochMilli(((Number) cells[0]).longValue()), ((Number) cells[1]).intValue());
        });
    }

    /**
     * The latest detection of an interval event that overlaps {@code [from, to]}: a recomputation must reach it,
     * or a late poll that splits a run would leave the old run's row beside the two new ones.
     */
    public Optional<Instant> reach(int controller, Instant from, Instant to) {
        return time(
                em.createQuery(
                                "SELECT MAX(e.detected) FROM JournalEvent e WHERE e.controller = :c"
                                        + " AND e.kind IN :kinds AND e.time <= :to AND e.detected >= :from",
                                Long.class)
                        .setParameter("kinds", INTERVALS)
                        .setParameter("to", to.toEpochMilli()),
                controller,
                from);
    }

    /** The time of the controller's first poll at or after {@code from}. */
    public Optional<Instant> firstPoll(int controller, Instant from) {
        return time(
                em.createQuery(
                        "SELECT MIN(p.time) FROM Poll p WHERE p.controller = :c AND p.time >= :from", Long.class),
                controller,
                from);
    }

    /** The time of the controller's newest poll. */
    public Optional<Instant> lastPoll(int controller) {
        return time(
                em.createQuery(
                        "SELECT MAX(p.time) FROM Poll p WHERE p.controller = :c AND p.time >= :from", Long.class),
                controller,
                Instant.EPOCH);
    }

    private static Optional<Instant> time(jakarta.persistence.TypedQuery<Long> query, int controller, Instant from) {
        Long time = query.setParameter("c", controller)
                .setParameter("from", from.toEpochMilli())
                .getSingleResult();
        return Optional.ofNullable(time).map(Instant::ofEpochMilli);
    }

    /**
     * The events of {@code [from, to)} (by their time) of the kinds (all when empty), newest first, then by
     * kind and subject.
     */
    public Page page(int controller, Instant from, Instant to, Collection<EventKind> kinds, int page, int size) {
        String where = " FROM JournalEvent e WHERE e.controller = :c AND e.time >= :from AND e.time < :to"
                + (kinds.isEmpty() ? "" : " AND e.kind IN :kinds");
        var count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        var rows = em.createQuery("SELECT e" + where + " ORDER BY e.time DESC, e.kind, e.subject", JournalEvent.class)
                .setFirstResult(page * size)
                .setMaxResults(size);
        for (Query query : List.<Query>of(count, rows)) {
            query.setParameter("c", controller)
                    .setParameter("from", from.toEpochMilli())
                    .setParameter("to", to.toEpochMilli());
            if (!kinds.isEmpty()) {
                query.setParameter("kinds", kinds.stream().map(EventKind::key).toList());
            }
        }
        return new Page(count.getSingleResult(), rows.getResultList());
    }

    public Errors errors(int controller) {
        Long count = em.createQuery(
                        "SELECT COUNT(e) FROM JournalEvent e WHERE e.controller = :c AND e.kind = :kind"
                                + " AND e.history = false",
                        Long.class)
                .setParameter("c", controller)
                .setParameter("kind", EventKind.ERROR.key())
                .getSingleResult();
        JournalEvent last = em
                .createQuery(
                        "SELECT e FROM JournalEvent e WHERE e.controller = :c AND e.kind = :kind"
                                + " ORDER BY e.time DESC, e.subject",
                        JournalEvent.class)
                .setParameter("c", controller)
                .setParameter("kind", EventKind.ERROR.key())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        return new Errors(count, last);
    }
}
