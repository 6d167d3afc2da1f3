package luxlogger.integrations.control;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What waits for the publisher, bounded: when it is full, the oldest entry makes room for the newest and is
 * counted as dropped, so that a broker that is away for days costs a fixed amount of memory and the newest state
 * is the one kept. Offering never blocks: it runs on the thread that stored the polls.
 */
public final class StateQueue<T> {

    private final int capacity;
    private final ArrayDeque<T> entries;
    private long dropped;

    public StateQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a capacity of at least 1");
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(capacity);
    }

    /** Adds an entry, dropping the oldest when full; never waits. */
    public synchronized void offer(T entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(entry);
        notifyAll();
    }

    /** The oldest entry, waiting up to {@code wait} for one; null when none came. */
    public synchronized T take(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (entries.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            // wait(ms, ns) takes at most 999,999 extra nanoseconds
            wait(left / 1_000_000, (int) (left % 1_000_000));
        }
        return entries.removeFirst();
    }

    /** Every entry waiting, oldest first, leaving the queue empty. */
    public synchronized List<T> drain() {
        List<T> all = new ArrayList<>(entries);
        entries.clear();
        return all;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Entries dropped to make room so far. */
    public synchronized long dropped() {
        return dropped;
    }
}
