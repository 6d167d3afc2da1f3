package luxlogger.readings.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;

/**
 * One import run's polls of one controller (e.g. the earlier logger's database), stored as live polls are: the same
 * codec, and never over a poll already stored at the same instant, so that a run stopped midway can simply be run
 * again. They are encoded by an encoder of the run's own: imported polls refer to keyframes of their own, and the
 * keyframe the live polls are encoded against stays theirs. The run's encoder is kept only once a batch committed,
 * as the live one is. Not thread-safe: one run, one thread.
 */
public final class ImportedPolls {

    private final PollStore store;
    private final String controller;
    /** What the run's next poll is encoded against; null until its first batch. */
    private PollEncoder encoder;

    /**
     * What one batch did.
     *
     * @param stored polls stored now
     * @param present polls not stored because one of that controller and instant (to the millisecond) was stored
     *     before, or came earlier in the batch
     * @param first the earliest poll stored now, null when none was
     * @param last the latest poll stored now, null when none was
     */
    public record Stored(int stored, int present, Instant first, Instant last) {}

    private record Batch(Stored stored, int controller, PollEncoder encoder) {}

    ImportedPolls(PollStore store, String controller) {
        this.store = store;
        this.controller = controller;
    }

    /**
     * Stores a batch in one transaction, the live polls' writes waiting meanwhile (SQLite takes one writer).
     *
     * @throws StoreException when the database refuses them, or another logger instance polls the controller:
     *     nothing of the batch is stored then
     */
    public Stored store(List<Snapshot> polls) throws StoreException {
        if (polls.isEmpty()) {
            return new Stored(0, 0, null, null);
        }
        synchronized (store) {
            try {
                Batch batch = Transactions.write(store.transaction, () -> batch(polls));
                store.numbers.commit();
                encoder = batch.encoder();
                if (batch.stored().last() != null) {
                    store.imported(batch.controller(), batch.stored().last());
                }
                return batch.stored();
            } catch (Exception e) {
                store.numbers.rollback();
                throw new StoreException("database write failed: " + Transactions.rootMessage(e), e);
            }
        }
    }

    private Batch batch(List<Snapshot> polls) {
        EntityManager em = store.em;
        Map<String, Integer> foreign = new TreeMap<>();
        int number = store.ours(controller, foreign)
                .orElseThrow(() -> new IllegalStateException(
                        "the controller '" + foreign.keySet().iterator().next() + "' polls in this database"));
        PollEncoder draft =
                encoder == null || lost(em, number, encoder) ? PollEncoder.resume(em, number) : encoder.copy();
        Set<Long> present = stored(em, number, polls);
        int stored = 0;
        Instant first = null;
        Instant last = null;
        for (Snapshot poll : polls) {
            if (present.add(poll.time().toEpochMilli())) {
                draft.encode(number, poll, id -> em.find(Keyframe.class, new Keyframe.Key(number, id)))
                        .entities()
                        .forEach(em::persist);
                stored++;
                first = first == null || poll.time().isBefore(first) ? poll.time() : first;
                last = last == null || poll.time().isAfter(last) ? poll.time() : last;
            }
        }
        // a refused write fails here, in this code, rather than in the transaction manager's commit callback
        em.flush();
        return new Batch(new Stored(stored, polls.size() - stored, first, last), number, draft);
    }

    /**
     * True when the keyframe the run's polls refer to is gone: retention deletes a keyframe once no poll refers to
     * it, and an import of polls older than retention may have lost its polls between two batches.
     */
    private static boolean lost(EntityManager em, int controller, PollEncoder encoder) {
        return encoder.keyframe()
                .filter(k -> em.find(Keyframe.class, new Keyframe.Key(controller, k.toEpochMilli())) == null)
                .isPresent();
    }

    /** The instants of the controller's stored polls within the batch's span, in milliseconds: one query. */
    private static Set<Long> stored(EntityManager em, int controller, List<Snapshot> polls) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Snapshot poll : polls) {
            from = Math.min(from, poll.time().toEpochMilli());
            to = Math.max(to, poll.time().toEpochMilli());
        }
        return new HashSet<>(em.createQuery(
                        "SELECT p.time FROM Poll p WHERE p.controller = :c AND p.time >= :from AND p.time <= :to",
                        Long.class)
                .setParameter("c", controller)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }
}
