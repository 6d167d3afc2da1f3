package luxlogger.readings.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.readings.entity.PollFailure;

/**
 * Failed polls waiting to be written, oldest first, at most a fixed number: once full, the oldest goes, counted.
 * They go with the next polls, in the same transaction ({@link PollStore#store(List, List)}), or alone when no poll
 * comes. They never keep polls out of the database: polls refused together with failures are written without
 * them, and the failures are tried once more alone, then dropped. Thread-safe.
 */
final class PendingFailures {

    private static final Logger LOG = System.getLogger(PendingFailures.class.getName());

    private final int capacity;
    private final Deque<PollFailure> failures = new ArrayDeque<>();
    private long dropped;
    /** True from a drop or a refusal until failures are written again, so that a streak is logged once. */
    private boolean troubled;

    /** @param capacity failed polls kept while none can be written (a day of 30 s polls: 2,880) */
    PendingFailures(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(PollFailure failure) {
        if (failures.size() >= capacity) {
            failures.removeFirst();
            dropped++;
            warnOnce("Failed-poll queue full ({0}): dropping the oldest ({1} so far)", capacity, dropped);
        }
        failures.addLast(failure);
    }

    /**
     * Stores the polls, and the failures that wait first, in one transaction.
     *
     * @return the failures stored
     * @throws StoreException when the database refuses the polls; the failures wait then
     */
    List<PollFailure> store(List<ControllerPoll> polls, PollStore store) throws StoreException {
        List<PollFailure> waiting = waiting();
        try {
            store.store(polls, waiting);
        } catch (StoreException e) {
            if (waiting.isEmpty() || polls.isEmpty()) {
                throw e;
            }
            // perhaps only the failures are refused: the polls must not wait for them, nor go to the spill file
            store.store(polls);
            try {
                return storeAlone(store);
            } catch (StoreException again) {
                remove(waiting, false);
                warnOnce("{0} failed polls not stored, dropped: {1}", waiting.size(), again.getMessage());
                return List.of();
            }
        }
        remove(waiting, true);
        return waiting;
    }

    /**
     * Stores the failures that wait, without polls.
     *
     * @return the failures stored
     * @throws StoreException when the database refuses them; they wait then
     */
    List<PollFailure> storeAlone(PollStore store) throws StoreException {
        List<PollFailure> waiting = waiting();
        if (!waiting.isEmpty()) {
            store.store(List.of(), waiting);
            remove(waiting, true);
        }
        return waiting;
    }

    synchronized int size() {
        return failures.size();
    }

    /** Failed polls lost because the queue was full. */
    synchronized long dropped() {
        return dropped;
    }

    private synchronized List<PollFailure> waiting() {
        return List.copyOf(failures);
    }

    /**
     * Removes the ones written or given up, of which the oldest may have left by now when the queue was full.
     *
     * @param stored true when they were written: what goes wrong next is news again
     */
    private synchronized void remove(List<PollFailure> done, boolean stored) {
        Set<PollFailure> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(done);
        failures.removeIf(gone::contains);
        troubled &= !stored;
    }

    private void warnOnce(String message, Object... arguments) {
        synchronized (this) {
            if (troubled) {
                return;
            }
            troubled = true;
        }
        LOG.log(Level.WARNING, message, arguments);
    }
}
