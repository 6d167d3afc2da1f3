package luxlogger.readings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;
import luxlogger.readings.entity.Poll;

/**
 * Polls in SQLite through JPA: raw and lossless, each a compact delta against a keyframe stored with it
 * (see {@link PollEncoder}), so that a later decoding fix also corrects old data. Writes are explicit
 * transactions, and the encoder's state is kept only after a commit succeeded.
 */
@ApplicationScoped
public class PollStore {

    private static final int STREAM_FETCH = 500;
    private static final String ROWS = "SELECT p.time, p.keyframe, p.data FROM Poll p";

    @PersistenceContext(unitName = "readings")
    EntityManager em;

    /** The same tables through the readers' own connections, so that slow readers never hold the writer's. */
    @PersistenceContext(unitName = "readers")
    EntityManager readers;

    @Resource
    UserTransaction transaction;

    /** What the next poll is encoded against; null until the first store after start. */
    private volatile PollEncoder encoder;

    /**
     * Stores the snapshots in one transaction. A snapshot already stored (same instant) is skipped, so a
     * replay after a crash stores each poll exactly once.
     *
     * @throws StoreException when the database cannot take them; nothing of them is stored then
     */
    public synchronized void store(List<Snapshot> snapshots) throws StoreException {
        try {
            encoder = inTransaction(() -> {
                PollEncoder draft = encoder == null ? resume() : encoder.copy();
                for (Snapshot snapshot : snapshots) {
                    if (draft.isNew(snapshot.time())
                            || em.find(Poll.class, snapshot.time().toEpochMilli()) == null) {
                        draft.encode(snapshot, id -> em.find(Keyframe.class, id))
                                .entities()
                                .forEach(em::persist);
                    }
                }
                // flushing here makes a refused write fail in this code, with one log line, instead of inside the
                // transaction manager's commit callback, which logs a stack trace every time
                em.flush();
                return draft;
            });
        } catch (Exception e) {
            throw new StoreException("database write failed: " + rootMessage(e), e);
        }
    }

    /** Learns where an earlier run stopped: the newest poll and keyframe. */
    private PollEncoder resume() {
        Long newest =
                em.createQuery("SELECT MAX(p.time) FROM Poll p", Long.class).getSingleResult();
        List<Keyframe> keyframe = em.createQuery("SELECT k FROM Keyframe k ORDER BY k.id DESC", Keyframe.class)
                .setMaxResults(1)
                .getResultList();
        return new PollEncoder(
                keyframe.isEmpty()
                        ? null
                        : PollDecoder.baseline(keyframe.get(0)).snapshot(),
                newest == null ? null : Instant.ofEpochMilli(newest));
    }

    /** The newest stored poll. */
    public Optional<Snapshot> latest() {
        List<Object[]> rows = readers.createQuery(ROWS + " ORDER BY p.time DESC", Object[].class)
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
            return inTransaction(() -> {
                long count = 0;
                try (var rows = readers.createQuery(
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
            throw new IllegalStateException("reading polls failed: " + rootMessage(e), e);
        }
    }

    /**
     * The longest arrays among the polls of {@code [from, to)}, {@link Shape#NONE} without polls. A firmware
     * update within the range makes them longer; a report's columns follow the longest.
     */
    public Shape longestShape(Instant from, Instant to) {
        Shape longest = Shape.NONE;
        List<Keyframe> keyframes = readers.createQuery(
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
            readers.detach(keyframe);
        }
        return longest;
    }

    /** Number of polls stored. */
    public long count() {
        return readers.createQuery("SELECT COUNT(p) FROM Poll p", Long.class).getSingleResult();
    }

    /**
     * Deletes polls older than the instant, a batch per transaction so the writer is never held long, then
     * the keyframes no poll refers to any more.
     *
     * @return the number of polls deleted
     */
    public long deleteBefore(Instant before, int batch) throws StoreException {
        long deleted = 0;
        while (true) {
            int n;
            try {
                n = inTransaction(() -> {
                    List<Long> times = em.createQuery(
                                    "SELECT p.time FROM Poll p WHERE p.time < :before ORDER BY p.time", Long.class)
                            .setParameter("before", before.toEpochMilli())
                            .setMaxResults(batch)
                            .getResultList();
                    if (times.isEmpty()) {
                        deleteUnreferencedKeyframes();
                        return 0;
                    }
                    return em.createQuery("DELETE FROM Poll p WHERE p.time IN :times")
                            .setParameter("times", times)
                            .executeUpdate();
                });
            } catch (Exception e) {
                throw new StoreException("deleting old polls failed: " + rootMessage(e), e);
            }
            if (n == 0) {
                return deleted;
            }
            deleted += n;
        }
    }

    /**
     * Keyframes older than the oldest poll's that no poll refers to any more. Replayed polls can make
     * keyframe ids and poll times cross, so every candidate is checked against the polls (one scan).
     */
    private void deleteUnreferencedKeyframes() {
        List<Long> oldest = em.createQuery("SELECT p.keyframe FROM Poll p ORDER BY p.time", Long.class)
                .setMaxResults(1)
                .getResultList();
        // the keyframe new polls refer to stays, even before a poll refers to it
        Optional<Long> current =
                Optional.ofNullable(encoder).flatMap(PollEncoder::keyframe).map(Instant::toEpochMilli);
        long keep = oldest.isEmpty() ? current.orElse(Long.MAX_VALUE) : oldest.get(0);
        List<Long> candidates = em.createQuery("SELECT k.id FROM Keyframe k WHERE k.id < :keep", Long.class)
                .setParameter("keep", keep)
                .getResultList();
        if (candidates.isEmpty()) {
            return;
        }
        List<Long> referenced = em.createQuery(
                        "SELECT DISTINCT p.keyframe FROM Poll p WHERE p.keyframe IN :ids", Long.class)
                .setParameter("ids", candidates)
                .getResultList();
        List<Long> unused = candidates.stream()
                .filter(id -> !referenced.contains(id) && !current.equals(Optional.of(id)))
                .toList();
        if (!unused.isEmpty()) {
            em.createQuery("DELETE FROM Keyframe k WHERE k.id IN :ids")
                    .setParameter("ids", unused)
                    .executeUpdate();
        }
    }

    /** A keyframe read for decoding only: detached, so that a long read holds one keyframe, not all. */
    private Keyframe detachedKeyframe(long id) {
        Keyframe keyframe = readers.find(Keyframe.class, id);
        if (keyframe != null) {
            readers.detach(keyframe);
        }
        return keyframe;
    }

    /** Runs the work in a transaction of its own, rolled back when the work or the commit fails. */
    private <T> T inTransaction(Callable<T> work) throws Exception {
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

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
