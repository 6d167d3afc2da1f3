package luxlogger.imports.control;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the earlier logger's timestamps back into Unix seconds. python-luxtronik printed them as naive local
 * times of the zone the logger ran in ("2025-10-26 02:00:00"), which repeats an hour every autumn. Inside that
 * hour a string has two instants, and the row tells them apart only where the value is new: a controller clock,
 * or an event that happened since the row before, lies between that row and this one. A string that stays the
 * same from row to row keeps what it was read as; any other repeated-hour string is a miss, never a guess. One
 * clock reads the rows of one file, in order.
 */
final class LegacyClock {

    /** How far the controller's clock may be off the logger's, which stamped the rows. */
    static final Duration SKEW = Duration.ofMinutes(5);

    private final ZoneRules rules;
    private final LocalDateTime epoch;
    private final Map<String, Reading> converted = new HashMap<>();
    private final Map<String, Reading> pending = new HashMap<>();
    private long previousRow = Long.MIN_VALUE;
    private long row;

    private record Reading(String text, long raw) {}

    LegacyClock(ZoneId zone) {
        this.rules = Objects.requireNonNull(zone, "zone").getRules();
        // python-luxtronik printed every raw of 0 or less as the epoch in local time
        this.epoch = LocalDateTime.ofInstant(Instant.EPOCH, zone);
    }

    /** A new row, stamped by the earlier logger at this time. */
    void row(Instant time) {
        pending.clear();
        row = time.getEpochSecond();
    }

    /** The row was turned into a poll: what it read counts as known for the rows after it. */
    void converted() {
        converted.putAll(pending);
        pending.clear();
        previousRow = row;
    }

    /** The raw Unix seconds of the value of a key in the current row, or {@link Inverse#MISS}. */
    long raw(String key, String text) {
        Reading before = converted.get(key);
        long raw = before != null && before.text().equals(text) ? before.raw() : convert(text);
        pending.put(key, new Reading(text, raw));
        return raw;
    }

    private long convert(String text) {
        LocalDateTime local = parse(text);
        if (local == null) {
            return Inverse.MISS;
        }
        if (local.equals(epoch)) {
            return 0;
        }
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.size() == 1) {
            return seconds(local.toEpochSecond(offsets.get(0)));
        }
        if (offsets.size() == 2) {
            return repeated(local.toEpochSecond(offsets.get(0)), local.toEpochSecond(offsets.get(1)));
        }
        return Inverse.MISS; // a local time the clock skipped: python never printed one
    }

    /** One of the two instants of a repeated local time: the only one since the row before (or near this one). */
    private long repeated(long first, long second) {
        long from = (previousRow == Long.MIN_VALUE ? row : previousRow) - SKEW.toSeconds();
        long to = row + SKEW.toSeconds();
        boolean firstFits = first > from && first <= to;
        boolean secondFits = second > from && second <= to;
        if (firstFits == secondFits) {
            return Inverse.MISS;
        }
        return seconds(firstFits ? first : second);
    }

    private static long seconds(long seconds) {
        return seconds > 0 && seconds <= Integer.MAX_VALUE ? seconds : Inverse.MISS;
    }

    /** python's str() of a datetime without microseconds: "YYYY-MM-DD HH:MM:SS". */
    private static LocalDateTime parse(String text) {
        if (text.length() != 19
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != ' '
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + c - '0';
        }
        return number;
    }
}
