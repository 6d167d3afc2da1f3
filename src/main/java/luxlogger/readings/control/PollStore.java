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
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;
import luxlogger.readings.entity.Poll;

/**
 * Polls in SQLite through JPA: raw and lossless, each a compact delta against a keyframe stored with it,
 * so that a later decoding fix also corrects old data. Writes are explicit transactions: the in-memory
 * keyframe state changes only after a commit succeeded.
 */
@ApplicationScoped
public class PollStore {

    private static final int STREAM_FETCH = 500;

    @PersistenceContext(unitName = "readings")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final SnapshotCodec codec = new SnapshotCodec();
    private final KeyframePolicy policy = new KeyframePolicy();

    /** The keyframe new polls refer to; null until the first poll after start. */
    private Epoch epoch;
    /** Newest instant in the database; null until read at the first store. */
    private Long lastStored;
    /** The newest keyframe of an earlier run, which tells the first new one which values tend to move. */
    private Snapshot earlier;

    private record Epoch(long id, String firmware, Baseline baseline) {
    }

    /**
     * Stores the snapshots in one transaction. A snapshot already stored (same instant) is skipped, so a
     * replay after a crash stores each poll exactly once.
     *
     * @throws StoreException when the database cannot take them; nothing of them is stored then
     */
    public synchronized void store(List<Snapshot> snapshots) throws StoreException {
        try {
            transaction.begin();
            if (lastStored == null) {
                resume();
            }
            Epoch next = epoch;
            long last = lastStored;
            for (Snapshot snapshot : snapshots) {
                long time = snapshot.time().toEpochMilli();
                if (time <= last && em.find(Poll.class, time) != null) {
                    continue;
                }
                next = persist(snapshot, time, next);
                last = Math.max(last, time);
            }
            // flushing here makes a refused write fail in this code, with one log line, instead of inside the
            // transaction manager's commit callback, which logs a stack trace every time
            em.flush();
            transaction.commit();
            epoch = next;
            lastStored = last;
        } catch (Exception e) {
            rollback();
            throw new StoreException("database write failed: " + rootMessage(e), e);
        }
    }

    /** Learns where an earlier run stopped: the newest poll and keyframe. */
    private void resume() throws CorruptDataException {
        lastStored = em.createQuery("SELECT COALESCE(MAX(p.time), :none) FROM Poll p", Long.class)
                .setParameter("none", Long.MIN_VALUE)
                .getSingleResult();
        List<Keyframe> newest = em.createQuery("SELECT k FROM Keyframe k ORDER BY k.id DESC", Keyframe.class)
                .setMaxResults(1)
                .getResultList();
        if (!newest.isEmpty()) {
            earlier = codec.fromKeyframe(Instant.ofEpochMilli(newest.get(0).id), newest.get(0).data).snapshot();
        }
    }

    private Epoch persist(Snapshot snapshot, long time, Epoch current) {
        String firmware = Decoder.firmware(snapshot);
        Baseline base = current == null ? null : current.baseline();
        byte[] delta = base == null || !base.fits(snapshot) ? null : codec.delta(snapshot, base);
        if (delta == null || !current.firmware().equals(firmware) || policy.needsKeyframe(snapshot, base, delta.length)) {
            Baseline fresh = codec.baseline(snapshot, base == null ? earlier : base.snapshot());
            Keyframe existing = em.find(Keyframe.class, time);
            if (existing == null) {
                byte[] data = codec.keyframe(fresh);
                em.persist(new Keyframe(time, firmware, data));
                policy.keyframeWritten(data.length);
            } else {
                // a poll of this very instant was stored and deleted before: its keyframe serves again
                fresh = existingBaseline(existing, snapshot);
            }
            current = new Epoch(time, firmware, fresh);
            delta = codec.delta(snapshot, fresh);
        }
        em.persist(new Poll(time, current.id(), delta));
        return current;
    }

    private Baseline existingBaseline(Keyframe keyframe, Snapshot snapshot) {
        try {
            Baseline baseline = codec.fromKeyframe(Instant.ofEpochMilli(keyframe.id), keyframe.data);
            if (!baseline.fits(snapshot)) {
                throw new IllegalStateException("keyframe " + Instant.ofEpochMilli(keyframe.id) + " has other array lengths");
            }
            return baseline;
        } catch (CorruptDataException e) {
            throw new IllegalStateException("keyframe " + Instant.ofEpochMilli(keyframe.id) + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** The newest stored poll. */
    public Optional<Snapshot> latest() {
        List<Object[]> rows = em.createQuery("SELECT p.time, p.keyframe, p.data FROM Poll p ORDER BY p.time DESC", Object[].class)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(row -> decode(row, new KeyframeCache()));
    }

    /**
     * Hands every poll of {@code [from, to)} to the consumer in time order. Memory stays constant whatever
     * the range: rows are read as they are consumed, and only one keyframe is kept.
     */
    public long forEach(Instant from, Instant to, Consumer<Snapshot> consumer) {
        var keyframes = new KeyframeCache();
        long[] count = {0};
        try {
            transaction.begin();
            try (var rows = em.createQuery("SELECT p.time, p.keyframe, p.data FROM Poll p WHERE p.time >= :from"
                            + " AND p.time < :to ORDER BY p.time", Object[].class)
                    .setParameter("from", from.toEpochMilli())
                    .setParameter("to", to.toEpochMilli())
                    .setHint("org.hibernate.fetchSize", STREAM_FETCH)
                    .getResultStream()) {
                rows.forEach(row -> {
                    consumer.accept(decode(row, keyframes));
                    count[0]++;
                });
            }
            transaction.commit();
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("reading polls failed: " + rootMessage(e), e);
        }
        return count[0];
    }

    /**
     * The longest arrays among the polls of {@code [from, to)}, {@link Shape#NONE} without polls. A firmware
     * update within the range makes them longer; a report's columns follow the longest.
     */
    public Shape longestShape(Instant from, Instant to) {
        Shape longest = Shape.NONE;
        List<Keyframe> keyframes = em.createQuery("SELECT k FROM Keyframe k WHERE k.id IN (SELECT DISTINCT p.keyframe FROM Poll p"
                        + " WHERE p.time >= :from AND p.time < :to)", Keyframe.class)
                .setParameter("from", from.toEpochMilli())
                .setParameter("to", to.toEpochMilli())
                .getResultList();
        for (Keyframe keyframe : keyframes) {
            Snapshot snapshot;
            try {
                snapshot = codec.fromKeyframe(Instant.ofEpochMilli(keyframe.id), keyframe.data).snapshot();
            } catch (CorruptDataException e) {
                throw new IllegalStateException("keyframe " + Instant.ofEpochMilli(keyframe.id) + " is unreadable: " + e.getMessage(), e);
            }
            longest = longest.max(snapshot.shape());
            em.detach(keyframe);
        }
        return longest;
    }

    /** Number of polls stored. */
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Poll p", Long.class).getSingleResult();
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
                transaction.begin();
                List<Long> times = em.createQuery("SELECT p.time FROM Poll p WHERE p.time < :before ORDER BY p.time", Long.class)
                        .setParameter("before", before.toEpochMilli())
                        .setMaxResults(batch)
                        .getResultList();
                n = times.isEmpty() ? 0 : em.createQuery("DELETE FROM Poll p WHERE p.time IN :times")
                        .setParameter("times", times)
                        .executeUpdate();
                if (n == 0) {
                    deleteUnreferencedKeyframes();
                }
                transaction.commit();
            } catch (Exception e) {
                rollback();
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
        long keep = oldest.isEmpty() ? (epoch == null ? Long.MAX_VALUE : epoch.id()) : oldest.get(0);
        List<Long> candidates = em.createQuery("SELECT k.id FROM Keyframe k WHERE k.id < :keep", Long.class)
                .setParameter("keep", keep)
                .getResultList();
        if (candidates.isEmpty()) {
            return;
        }
        List<Long> referenced = em.createQuery("SELECT DISTINCT p.keyframe FROM Poll p WHERE p.keyframe IN :ids", Long.class)
                .setParameter("ids", candidates)
                .getResultList();
        // the keyframe new polls refer to stays, even before a poll refers to it
        List<Long> unused = candidates.stream()
                .filter(id -> !referenced.contains(id) && (epoch == null || id != epoch.id()))
                .toList();
        if (!unused.isEmpty()) {
            em.createQuery("DELETE FROM Keyframe k WHERE k.id IN :ids").setParameter("ids", unused).executeUpdate();
        }
    }

    private Snapshot decode(Object[] row, KeyframeCache keyframes) {
        long time = (Long) row[0];
        Baseline keyframe = keyframes.get((Long) row[1]);
        try {
            return codec.fromDelta(Instant.ofEpochMilli(time), (byte[]) row[2], keyframe);
        } catch (CorruptDataException e) {
            throw new IllegalStateException("poll " + Instant.ofEpochMilli(time) + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** The keyframe of the rows being read; polls come in time order, so one is enough. */
    private final class KeyframeCache {
        private long id = Long.MIN_VALUE;
        private Baseline baseline;

        Baseline get(long wanted) {
            if (wanted != id) {
                Keyframe keyframe = em.find(Keyframe.class, wanted);
                if (keyframe == null) {
                    throw new IllegalStateException("keyframe " + Instant.ofEpochMilli(wanted) + " is missing");
                }
                try {
                    baseline = codec.fromKeyframe(Instant.ofEpochMilli(wanted), keyframe.data);
                } catch (CorruptDataException e) {
                    throw new IllegalStateException("keyframe " + Instant.ofEpochMilli(wanted) + " is unreadable: " + e.getMessage(), e);
                }
                em.detach(keyframe);
                id = wanted;
            }
            return baseline;
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // the original failure is what matters
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
