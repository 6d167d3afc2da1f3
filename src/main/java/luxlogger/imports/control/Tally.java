package luxlogger.imports.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import luxlogger.imports.entity.ImportReport;
import luxlogger.imports.entity.Rejection;

/** The counts of one read of the earlier logger's database, as it goes. */
final class Tally {

    private long read;
    private long converted;
    private long rejected;
    private long values;
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<String, Long> misses = new HashMap<>();
    private final Map<String, Long> ambiguous = new HashMap<>();

    void rejected(String row, String reason) {
        read++;
        rejected++;
        if (rejections.size() < ImportReport.KEPT_REJECTIONS) {
            rejections.add(new Rejection(row, reason));
        }
    }

    /**
     * A row turned into a poll.
     *
     * @param values its raw values, plus those that fit no place in it
     */
    void converted(long values, List<String> missed, List<String> shared) {
        read++;
        converted++;
        this.values += values;
        missed.forEach(key -> misses.merge(key, 1L, Long::sum));
        shared.forEach(key -> ambiguous.merge(key, 1L, Long::sum));
    }

    ImportReport report() {
        return new ImportReport(
                read, converted, rejected, rejections, values, new TreeMap<>(misses), new TreeMap<>(ambiguous));
    }
}
