package luxlogger.readings.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import luxlogger.readings.entity.ControllerPoll;

/**
 * Polls waiting in memory, oldest first, at most a fixed number: once full, the oldest goes. Written ones are
 * removed only after they are written, so a failed write keeps them. Thread-safe; each call holds the lock
 * for a moment only, so taking a poll never waits for a write.
 */
final class PendingPolls {

    private static final Logger LOG = System.getLogger(PendingPolls.class.getName());

    private final int capacity;
    private final Deque<ControllerPoll> polls = new ArrayDeque<>();
    private long dropped;

    /** @param capacity polls kept when nothing takes them (about 6 kB each) */
    PendingPolls(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(ControllerPoll snapshot) {
        if (polls.size() >= capacity) {
            polls.removeFirst();
            dropped++;
            LOG.log(
                    Level.ERROR,
                    "Poll buffer full ({0} polls) and the spill file unwritable: oldest poll dropped ({1} so far)",
                    capacity,
                    dropped);
        }
        polls.addLast(snapshot);
    }

    /** The oldest polls, at most max; they stay until {@link #remove}d. */
    synchronized List<ControllerPoll> oldest(int max) {
        List<ControllerPoll> oldest = new ArrayList<>(Math.min(max, polls.size()));
        for (Iterator<ControllerPoll> i = polls.iterator(); i.hasNext() && oldest.size() < max; ) {
            oldest.add(i.next());
        }
        return oldest;
    }

    /** Removes the oldest polls, once they are written. */
    synchronized void remove(int count) {
        for (int i = 0; i < count; i++) {
            polls.removeFirst();
        }
    }

    synchronized int size() {
        return polls.size();
    }

    /** Polls lost because memory was full. */
    synchronized long dropped() {
        return dropped;
    }
}
