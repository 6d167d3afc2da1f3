package luxlogger.readings.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Deletes one controller's polls and failed polls past retention, and then the keyframes none of its polls refers
 * to any more.
 */
final class OldPolls {

    private final EntityManager em;
    private final int controller;

    OldPolls(EntityManager em, int controller) {
        this.em = em;
        this.controller = controller;
    }

    /** Deletes up to {@code batch} of the oldest polls before the instant; returns how many. */
    int delete(Instant before, int batch) {
        List<Long> times = em.createQuery(
                        "SELECT p.time FROM Poll p WHERE p.controller = :c AND p.time < :before ORDER BY p.time",
                        Long.class)
                .setParameter("c", controller)
                .setParameter("before", before.toEpochMilli())
                .setMaxResults(batch)
                .getResultList();
        if (times.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM Poll p WHERE p.controller = :c AND p.time IN :times")
                .setParameter("c", controller)
                .setParameter("times", times)
                .executeUpdate();
    }

    /** Deletes the failed polls before the instant, in one statement: there are few, at most one per poll. */
    int deleteFailed(Instant before) {
        return em.createQuery("DELETE FROM FailedPoll f WHERE f.controller = :c AND f.time < :before")
                .setParameter("c", controller)
                .setParameter("before", before.toEpochMilli())
                .executeUpdate();
    }

    /**
     * Keyframes older than the oldest poll's that no poll refers to any more. Replayed polls can make keyframe
     * ids and poll times cross, so every candidate is checked against the polls (one scan).
     *
     * @param current the keyframe new polls refer to, which stays
     */
    void deleteUnusedKeyframes(Optional<Long> current) {
        List<Long> oldest = em.createQuery(
                        "SELECT p.keyframe FROM Poll p WHERE p.controller = :c ORDER BY p.time", Long.class)
                .setParameter("c", controller)
                .setMaxResults(1)
                .getResultList();
        long keep = oldest.isEmpty() ? current.orElse(Long.MAX_VALUE) : oldest.get(0);
        List<Long> candidates = em.createQuery(
                        "SELECT k.id FROM Keyframe k WHERE k.controller = :c AND k.id < :keep", Long.class)
                .setParameter("c", controller)
                .setParameter("keep", keep)
                .getResultList();
        if (candidates.isEmpty()) {
            return;
        }
        List<Long> referenced = em.createQuery(
                        "SELECT DISTINCT p.keyframe FROM Poll p WHERE p.controller = :c AND p.keyframe IN :ids",
                        Long.class)
                .setParameter("c", controller)
                .setParameter("ids", candidates)
                .getResultList();
        List<Long> unused = candidates.stream()
                .filter(id -> !referenced.contains(id) && !current.equals(Optional.of(id)))
                .toList();
        if (!unused.isEmpty()) {
            em.createQuery("DELETE FROM Keyframe k WHERE k.controller = :c AND k.id IN :ids")
                    .setParameter("c", controller)
                    .setParameter("ids", unused)
                    .executeUpdate();
        }
    }
}
