package luxlogger.diagnosis.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stretches of time that show a finding (backup heater above its release temperature, a data gap), made of
 * intervals that touch one another, of which the longest few are kept as evidence: memory stays the same however
 * long the period.
 */
final class Episodes {

    /** One stretch: from and to, epoch milliseconds. */
    record Episode(long from, long to) {
        long length() {
            return to - from;
        }
    }

    private final int kept;
    private final List<Episode> longest = new ArrayList<>();
    private long from = Long.MIN_VALUE;
    private long to = Long.MIN_VALUE;
    private int count;

    /** @param kept how many of the longest to keep */
    Episodes(int kept) {
        this.kept = kept;
    }

    /** An interval that shows it; it extends the open stretch when it starts where that one ends. */
    void add(long start, long end) {
        if (from != Long.MIN_VALUE && start <= to) {
            to = Math.max(to, end);
            return;
        }
        close();
        from = start;
        to = end;
    }

    private void close() {
        if (from == Long.MIN_VALUE) {
            return;
        }
        count++;
        longest.add(new Episode(from, to));
        longest.sort(Comparator.comparingLong(Episode::length).reversed().thenComparingLong(Episode::from));
        if (longest.size() > kept) {
            longest.remove(longest.size() - 1);
        }
        from = Long.MIN_VALUE;
    }

    /** How many stretches there were. */
    int count() {
        close();
        return count;
    }

    /** The longest stretches, in time order. */
    List<Episode> longest() {
        close();
        return longest.stream().sorted(Comparator.comparingLong(Episode::from)).toList();
    }
}
