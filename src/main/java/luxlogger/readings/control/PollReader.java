package luxlogger.readings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;

/**
 * The stored polls, decoded ({@link PollDecoder}): the newest one, and every poll of a range in time order, in
 * memory that does not grow with the range. {@link PollStore} writes them.
 */
@ApplicationScoped
public class PollReader {

    private static final int STREAM_FETCH = 500;
    private static final String ROWS = "SELECT p.time, p.keyframe, p.data FROM Poll p";

    /** The readers' own connections (server.xml), so that slow readers never hold one the writer needs. */
    @PersistenceContext(unitName = "readers")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** The newest stored poll. */
    public Optional<Snapshot> latest() {
        List<Object[]> rows = em.createQuery(ROWS + " ORDER BY p.time DESC", Object[].class)
                .setMaxResults(1)
                .getResultList();
        var decoder = new PollDecoder(this::detachedKeyframe);
        return rows.stream().findFirst().map(row -> decoder.decode((Long) row[0], (Long) row[1], (byte[]) row[2]));
    }

    /**
     * Hands every poll of {@code [from, to)} to the consumer in time order. Memory stays constant whatever
     * the range: rows are read as they are consumed, and only one keyframe is kept.
     */
    public long forEach(Instant from, Instant to, Consumer<Snapshot> consumer) {
        return forEach(from, to, consumer, problem -> {
            throw new IllegalStateException(problem);
        });
    }

    /**
     * As {@link #forEach(Instant, Instant, Consumer)}, but a poll that cannot be decoded spoils only itself: it is
     * handed to {@code unreadable} (what is wrong with it) instead of ending the read.
     */
    public long forEach(Instant from, Instant to, Consumer<Snapshot> consumer, Consumer<String> unreadable) {
        var decoder = new PollDecoder(this::detachedKeyframe);
        try {
            return Transactions.run(transaction, () -> {
                long count = 0;
                try (var rows = em.createQuery(
                                ROWS + " WHERE p.time >= :from AND p.time < :to ORDER BY p.time", Object[].class)
                        .setParameter("from", from.toEpochMilli())
                        .setParameter("to", to.toEpochMilli())
                        .setHint("org.hibernate.fetchSize", STREAM_FETCH)
                        .getResultStream()) {
                    for (var row : (Iterable<Object[]>) rows::iterator) {
                        Snapshot snapshot;
                        try {
                            snapshot = decoder.decode((Long) row[0], (Long) row[1], (byte[]) row[2]);
                        } catch (IllegalStateException e) {
                            unreadable.accept(e.getMessage());
                            continue;
                        }
                        consumer.accept(snapshot);
                        count++;
                    }
                }
                return count;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading polls failed: " + Transactions.rootMessage(e), e);
        }
    }

    /**
     * The longest arrays among the polls of {@code [from, to)}, {@link Shape#NONE} without polls. A firmware
     * update within the range makes them longer; a report's columns follow the longest.
     */
    public Shape longestShape(Instant from, Instant to) {
        Shape longest = Shape.NONE;
        List<Keyframe> keyframes = em.createQuery(
                        "SELECT k FROM Keyframe k WHERE k.id IN (SELECT DISTINCT p.keyframe FROM Poll p"
                                + " WHERE p.time >= :from AND p.time < :to)",
                        Keyframe.class)
                .setParameter("from", from.toEpochMilli())
                .setParameter("to", to.toEpochMilli())
                .getResultList();
        for (Keyframe keyframe : keyframes) {
            try {
                longest = longest.max(PollDecoder.baseline(keyframe).snapshot().shape());
            } catch (IllegalStateException e) {
                // its polls cannot be decoded either: a report skips them, so their columns are not needed
            }
            em.detach(keyframe);
        }
        return longest;
    }

    /** Number of polls stored. */
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Poll p", Long.class).getSingleResult();
    }

    /** A keyframe read for decoding only: detached, so that a long read holds one keyframe, not all. */
    private Keyframe detachedKeyframe(long id) {
        Keyframe keyframe = em.find(Keyframe.class, id);
        if (keyframe != null) {
            em.detach(keyframe);
        }
        return keyframe;
    }
}
