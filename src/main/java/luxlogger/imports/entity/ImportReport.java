package luxlogger.imports.entity;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one read of the earlier logger's database gave.
 *
 * @param read rows read
 * @param converted rows turned into a poll
 * @param rejected rows that gave no poll
 * @param rejections the first of them with their reasons (at most {@link #KEPT_REJECTIONS})
 * @param values raw values of the converted polls, plus values that fit no place in them
 * @param misses per key of {@code data_json}, the values that could not be turned back exactly: a value no raw
 *     integer decodes to, a key python-luxtronik did not have, or an index the controller sent that has no value
 *     (stored as 0 so that the arrays keep their length)
 * @param ambiguous per key, labels that several codes share, stored as the first code as python-luxtronik did
 */
public record ImportReport(
        long read,
        long converted,
        long rejected,
        List<Rejection> rejections,
        long values,
        SortedMap<String, Long> misses,
        SortedMap<String, Long> ambiguous) {

    /** Rejections listed by name; the count goes on beyond. */
    public static final int KEPT_REJECTIONS = 100;

    public ImportReport {
        rejections = List.copyOf(rejections);
        misses = sorted(misses);
        ambiguous = sorted(ambiguous);
    }

    /** Values that could not be turned back exactly. */
    public long missed() {
        return misses.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of the values that was turned back exactly, 1 when there were none. */
    public double exact() {
        return values == 0 ? 1 : (values - missed()) / (double) values;
    }

    private static SortedMap<String, Long> sorted(SortedMap<String, Long> counts) {
        Objects.requireNonNull(counts, "counts");
        return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
}
