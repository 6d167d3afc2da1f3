package luxlogger.readings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;
import luxlogger.readings.entity.Poll;

/**
 * Polls into SQLite through JPA: raw and lossless, each a compact delta against a keyframe stored with it
 * (see {@link PollEncoder}), so that a later decoding fix also corrects old data; and out again when they are
 * past retention. Writes are explicit transactions, and the encoder's state is kept only after a commit
 * succeeded. {@link PollReader} reads them.
 */
@ApplicationScoped
public class PollStore {

    @PersistenceContext(unitName = "readings")
    EntityManager em;

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
            encoder = Transactions.run(transaction, () -> {
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
            throw new StoreException("database write failed: " + Transactions.rootMessage(e), e);
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
                n = Transactions.run(transaction, () -> {
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
                throw new StoreException("deleting old polls failed: " + Transactions.rootMessage(e), e);
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
}
