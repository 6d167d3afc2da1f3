package luxlogger.readings.control;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/** A half-open span of time {@code [from, to)} as users write it in a query. */
public record TimeRange(Instant from, Instant to) {

    /** The longest range one request may ask for. */
    public static final Duration MAX = Duration.ofDays(400);
    /**
     * The times a request may name: from the Unix epoch to the last day that has a four-digit year in every zone.
     * No poll is older, and a report named by a later date would have a name that nothing lists or deletes.
     */
    private static final Instant EARLIEST = Instant.EPOCH;

    private static final Instant AFTER_LATEST = Instant.parse("9999-12-31T00:00:00Z");
    /** ISO-8601 with an offset, written with or without its colon ({@code +01:00}, {@code +0100}) or Z. */
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX]")
            .toFormatter();

    public TimeRange {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
        if (Duration.between(from, to).compareTo(MAX) > 0) {
            throw new IllegalArgumentException(
                    "range " + from + " to " + to + " is longer than " + MAX.toDays() + " days");
        }
    }

    public Duration duration() {
        return Duration.between(from, to);
    }

    /**
     * Reads {@code from} and {@code to}; either may be missing: {@code to} defaults to now, {@code from} to
     * {@code to} minus the default length.
     *
     * @param zone for times and dates written without an offset; null for UTC
     * @throws IllegalArgumentException naming the value that cannot be read
     */
    public static TimeRange parse(String from, String to, Duration defaultLength, ZoneId zone) {
        ZoneId local = zone == null ? ZoneId.of("UTC") : zone;
        Instant end = blank(to) ? Instant.now() : instant("to", to, local);
        Instant start = blank(from) ? end.minus(defaultLength) : instant("from", from, local);
        return new TimeRange(start, end);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * One time as a request writes it, in the formats of {@link #parse}.
     *
     * @param name the parameter, for the message
     * @throws IllegalArgumentException naming the parameter when the text is no time of the range allowed
     */
    public static Instant instant(String name, String text, ZoneId zone) {
        Instant time = parse(name, text, zone);
        if (time.isBefore(EARLIEST) || !time.isBefore(AFTER_LATEST)) {
            throw new IllegalArgumentException(
                    name + "='" + text
                            + "' is out of range: use a time from 1970-01-01 to 9999-12-30 (no year before 1970 or after 9999)");
        }
        return time;
    }

    private static Instant parse(String name, String text, ZoneId zone) {
        String value = text.trim();
        try {
            if (value.matches("-?\\d{1,13}")) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$") && value.contains("T")) {
                return OffsetDateTime.parse(value, WITH_OFFSET).toInstant();
            }
            if (value.contains("T")) {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            }
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    name + "='" + text + "' is not a time: use ISO-8601 such as 2026-01-31T06:00:00Z,"
                            + " 2026-01-31T07:00+01:00, 2026-01-31T07:00 (in TZ), 2026-01-31 or Unix seconds");
        }
    }
}
