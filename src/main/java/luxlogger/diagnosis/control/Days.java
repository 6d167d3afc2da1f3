package luxlogger.diagnosis.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The local days a period touches, and which of them an instant falls in (times asked in order are fast). */
final class Days {

    private final List<LocalDate> dates = new ArrayList<>();
    private final long[] starts;
    private int cursor;

    /** The days of {@code [from, to)} in {@code zone}. */
    Days(Instant from, Instant to, ZoneId zone) {
        LocalDate last = to.minusMillis(1).atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            dates.add(day);
        }
        starts = new long[dates.size() + 1];
        for (int i = 0; i < dates.size(); i++) {
            starts[i] = dates.get(i).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        starts[dates.size()] = last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    int count() {
        return dates.size();
    }

    LocalDate date(int index) {
        return dates.get(index);
    }

    /** The start of the first day. */
    Instant start() {
        return Instant.ofEpochMilli(starts[0]);
    }

    /** The start of the day after the last. */
    Instant end() {
        return Instant.ofEpochMilli(starts[dates.size()]);
    }

    /** The start of the day of an index, epoch ms; {@code count()} gives the end of the last day. */
    long dayStart(int index) {
        return starts[index];
    }

    /** The index of the day that holds the instant, -1 outside all. */
    int index(long millis) {
        if (millis < starts[0] || millis >= starts[dates.size()]) {
            return -1;
        }
        if (millis < starts[cursor]) {
            cursor = 0;
        }
        while (millis >= starts[cursor + 1]) {
            cursor++;
        }
        return cursor;
    }
}
