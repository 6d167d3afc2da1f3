package luxlogger.readings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;
import luxlogger.readings.entity.PollFailure;
import org.hibernate.Session;

/**
 * The stored polls, decoded ({@link PollDecoder}): the newest one, and every poll of a range in time order, in
 * memory that does not grow with the range; and the failed polls. {@link PollStore} writes them.
 */
@ApplicationScoped
public class PollReader {

    private static final String ROWS = "SELECT p.time, p.keyframe, p.data FROM Poll p";

    /** The readers' own connections (server.xml), so that slow readers never hold one the writer needs. */
    @PersistenceContext(unitName = "readers")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final ControllerNumbers numbers = new ControllerNumbers();

    /** The newest stored poll of a controller; empty when it has none. */
    public Optional<Snapshot> latest(String controller) {
        Optional<Integer> number = numbers.find(em, controller);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery(ROWS + " WHERE p.controller = :c ORDER BY p.time DESC", Object[].class)
                .setParameter("c", number.get())
                .setMaxResults(1)
                .getResultList();
        var decoder = new PollDecoder(id -> detachedKeyframe(number.get(), id));
        return rows.stream().findFirst().map(row -> decoder.decode((Long) row[0], (Long) row[1], (byte[]) row[2]));
    }

    /**
     * Hands every poll of {@code [from, to)} to the consumer in time order. Memory stays constant whatever
     * the range: rows are read as they are consumed, and only one keyframe is kept.
     */
    public long forEach(String controller, Instant from, Instant to, Consumer<Snapshot> consumer) {
        return forEach(controller, from, to, consumer, problem -> {
            throw new IllegalStateException(problem);
        });
    }

    /**
     * As {@link #forEach(String, Instant, Instant, Consumer)}, but a poll that cannot be decoded spoils only itself: it is
     * handed to {@code unreadable} (what is wrong with it) instead of ending the read.
     */
    public long forEach(
            String controller, Instant from, Instant to, Consumer<Snapshot> consumer, Consumer<String> unreadable) {
        return read(controller, from, to, rows -> {
            var decoder = new PollDecoder(rows::keyframe);
            return rows.decode(from, to, decoder::decode, consumer, unreadable);
        });
    }

    /**
     * As {@link #forEach(String, Instant, Instant, Consumer)} for a reader of a few fields over a long range (a chart):
     * each snapshot is right only at the fields' indices and valid only while the consumer has it (the next one
     * reuses its arrays), which saves copying every value of every poll. An unreadable poll ends the read.
     */
    public long forEach(String controller, Instant from, Instant to, List<Field> fields, Consumer<Snapshot> consumer) {
        return read(controller, from, to, rows -> {
            try (var decoder = new SelectiveDecoder(rows::keyframe, fields)) {
                return rows.decode(from, to, decoder::decode, consumer, problem -> {
                    throw new IllegalStateException(problem);
                });
            }
        });
    }

    /** Reads in a transaction of its own, on the readers' JDBC connection; 0 for a controller without polls. */
    private long read(String controller, Instant from, Instant to, RowsWork work) {
        try {
            return Transactions.run(transaction, () -> {
                Optional<Integer> number = numbers.find(em, controller);
                if (number.isEmpty() || !from.isBefore(to)) {
                    return 0L;
                }
                return em.unwrap(Session.class).doReturningWork(connection -> {
                    try (var rows = new PollRows(connection, number.get())) {
                        return work.read(rows);
                    }
                });
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading polls failed: " + Transactions.rootMessage(e), e);
        }
    }

    /** A read of rows on the readers' connection. */
    private interface RowsWork {
        long read(PollRows rows) throws SQLException;
    }

    /** The first stored poll of a controller: the journal takes the slots it holds as history. */
    public Optional<Instant> firstPollTime(String controller) {
        return numbers.find(em, controller)
                .map(number -> em.createQuery("SELECT MIN(p.time) FROM Poll p WHERE p.controller = :c", Long.class)
                        .setParameter("c", number)
                        .getSingleResult())
                .map(Instant::ofEpochMilli);
    }

    /** The failed polls of a controller in {@code [from, to)}, in time order; a list, since they are few. */
    public List<PollFailure> failedPolls(String controller, Instant from, Instant to) {
        return numbers.find(em, controller).stream()
                .flatMap(number -> em
                        .createQuery(
                                "SELECT f.time, f.reason FROM FailedPoll f WHERE f.controller = :c"
                                        + " AND f.time >= :from AND f.time < :to ORDER BY f.time",
                                Object[].class)
                        .setParameter("c", number)
                        .setParameter("from", from.toEpochMilli())
                        .setParameter("to", to.toEpochMilli())
                        .getResultList()
                        .stream())
                .map(row -> new PollFailure(controller, Instant.ofEpochMilli((Long) row[0]), (String) row[1]))
                .toList();
    }

    /**
     * The longest arrays among the polls of {@code [from, to)}, {@link Shape#NONE} without polls. A firmware
     * update within the range makes them longer; a report's columns follow the longest.
     */
    public Shape longestShape(String controller, Instant from, Instant to) {
        Shape longest = Shape.NONE;
        Optional<Integer> number = numbers.find(em, controller);
        if (number.isEmpty()) {
            return longest;
        }
        List<Keyframe> keyframes = em.createQuery(
                        "SELECT k FROM Keyframe k WHERE k.controller = :c AND k.id IN (SELECT DISTINCT p.keyframe"
                                + " FROM Poll p WHERE p.controller = :c AND p.time >= :from AND p.time < :to)",
                        Keyframe.class)
                .setParameter("c", number.get())
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

    /** Number of polls stored, of all controllers. */
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Poll p", Long.class).getSingleResult();
    }

    /** The database's number of a controller it knows (cached once found); empty for one it does not. */
    public Optional<Integer> number(String controller) {
        return numbers.find(em, controller);
    }

    /** True when the database knows the controller: it has stored polls of it, or claimed it. */
    public boolean holds(String controller) {
        return numbers.find(em, controller).isPresent();
    }

    /** The names of the controllers the database knows, in order. */
    public List<String> names() {
        return em.createQuery("SELECT c.name FROM StoredController c ORDER BY c.name", String.class)
                .getResultList();
    }

    /**
     * Every controller with stored polls: its name, the instance that polls it, its newest poll and the firmware
     * of its newest keyframe. Read as a list, not a stream: a stream left open outside a transaction keeps its
     * connection until the request ends, and Liberty then logs an error with a stack trace for each request.
     */
    public List<StoredPolls> controllers() {
        return em
                .createQuery(
                        "SELECT c.name, c.instance, (SELECT MAX(p.time) FROM Poll p WHERE p.controller = c.id),"
                                + " (SELECT k.firmware FROM Keyframe k WHERE k.controller = c.id AND k.id ="
                                + " (SELECT MAX(l.id) FROM Keyframe l WHERE l.controller = c.id))"
                                + " FROM StoredController c ORDER BY c.name",
                        Object[].class)
                // a list, not a stream: a stream left open outside a transaction leaks its connection
                .getResultList()
                .stream()
                .map(row -> new StoredPolls(
                        (String) row[0],
                        (String) row[1],
                        row[2] == null ? null : Instant.ofEpochMilli((Long) row[2]),
                        (String) row[3]))
                .toList();
    }

    /**
     * What the database holds of one controller.
     *
     * @param instance the logger instance that polls it, null when none claimed it
     * @param newest its newest poll, null without one
     * @param firmware the firmware of its newest keyframe, null without one
     */
    public record StoredPolls(String name, String instance, Instant newest, String firmware) {}

    /** A keyframe read for decoding only: detached, so that a long read holds one keyframe, not all. */
    private Keyframe detachedKeyframe(int controller, long id) {
        Keyframe keyframe = em.find(Keyframe.class, new Keyframe.Key(controller, id));
        if (keyframe != null) {
            em.detach(keyframe);
        }
        return keyframe;
    }
}
