package bench;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import luxlogger.imports.control.LegacyFields;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.PollReader;
import luxlogger.simulator.control.HeatPumpModel;

/**
 * The imported polls held against the raw values they were written from: every poll the store holds, read back
 * through the product's {@link PollReader}, compared value by value with the simulator's poll at the same instant
 * (the model run again from the start), as issue #15 measures exactness: raw against raw.
 *
 * @param polls polls read back
 * @param wrongTimes polls read back at another instant than the next one the model gave (to the millisecond)
 * @param values raw values the simulator gave for those polls
 * @param equal of them, stored with the same value at the same index
 * @param misses per key of the earlier logger's JSON, the values not stored as sent
 */
record ImportExactness(long polls, long wrongTimes, long values, long equal, Map<String, Long> misses) {

    static ImportExactness of(LegacyWeek legacy, PollReader reader) {
        HeatPumpModel model = LegacyWeek.model();
        LegacyFields fields = LegacyFields.standard();
        long[] counts = new long[4];
        Map<String, Long> misses = new TreeMap<>();
        Instant from = LegacyWeek.time(0);
        Instant to = LegacyWeek.time(legacy.polls() - 1).plusSeconds(1);
        reader.forEach(SimulatedYear.CONTROLLER, from, to, stored -> {
            int n = (int) counts[0]++;
            Snapshot sent = model.snapshotAt(LegacyWeek.time(Math.min(n, legacy.polls() - 1)));
            counts[1] += sent.time().toEpochMilli() == stored.time().toEpochMilli() ? 0 : 1;
            for (Group group : Group.values()) {
                int length = Math.max(sent.length(group), stored.length(group));
                for (int i = 0; i < length; i++) {
                    counts[2] += sent.has(group, i) ? 1 : 0;
                    boolean same =
                            sent.has(group, i) && stored.has(group, i) && sent.raw(group, i) == stored.raw(group, i);
                    if (same) {
                        counts[3]++;
                    } else {
                        misses.merge(fields.key(group, i), 1L, Long::sum);
                    }
                }
            }
        });
        return new ImportExactness(counts[0], counts[1], counts[2], counts[3], misses);
    }

    double share() {
        return values == 0 ? 0 : equal / (double) values;
    }
}
