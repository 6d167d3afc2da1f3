package luxlogger.diagnosis.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import luxlogger.readings.control.TimeRange;

/**
 * The period a health report is asked for: an ISO week ({@code week=2026-W49}, Monday to Monday in the logger's zone),
 * or {@code from} and {@code to} as the other resources read times (ISO dates or instants, TZ for those without an
 * offset); by default the last complete ISO week.
 *
 * @param week the ISO week, null for another range
 */
public record ReportPeriod(Instant from, Instant to, String week) {

    /** A range given by one end only is a week long. */
    static final Duration DEFAULT_LENGTH = Duration.ofDays(7);

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /**
     * Reads the parameters.
     *
     * @throws IllegalArgumentException naming every unusable one
     */
    public static ReportPeriod parse(String week, String from, String to, ZoneId zone, Instant now) {
        List<String> problems = new ArrayList<>();
        boolean range = !blank(from) || !blank(to);
        if (!blank(week)) {
            ReportPeriod period = null;
            try {
                period = week(week.strip(), zone);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            if (range) {
                problems.add("week and from/to exclude each other: give either week=2026-W49 or from= and to=");
            }
            if (period != null && period.from().isAfter(now)) {
                problems.add("week='" + week.strip() + "' has not begun: a report covers stored polls");
            }
            return valid(period, problems);
        }
        if (!range) {
            return lastCompleteWeek(now, zone);
        }
        Instant start = time("from", from, zone, problems);
        Instant end = time("to", to, zone, problems);
        if (!problems.isEmpty()) {
            return valid(null, problems);
        }
        start = start == null ? end.minus(DEFAULT_LENGTH) : start;
        end = end == null ? start.plus(DEFAULT_LENGTH) : end;
        try {
            new TimeRange(start, end);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (start.isAfter(now)) {
            problems.add("from (" + start + ") has not come: a report covers stored polls");
        }
        return valid(new ReportPeriod(start, end, null), problems);
    }

    private static ReportPeriod valid(ReportPeriod period, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return period;
    }

    private static Instant time(String name, String text, ZoneId zone, List<String> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return TimeRange.instant(name, text, zone);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    /**
     * An ISO week such as {@code 2026-W49}: from its Monday's midnight to the next Monday's in {@code zone}.
     *
     * @throws IllegalArgumentException for text that is no week of its year
     */
    public static ReportPeriod week(String text, ZoneId zone) {
        Matcher matcher = WEEK.matcher(text);
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        if (!matcher.matches()) {
            throw new IllegalArgumentException("week='" + shown + "' is not an ISO week: use e.g. 2026-W49");
        }
        int year = Integer.parseInt(matcher.group(1));
        int number = Integer.parseInt(matcher.group(2));
        LocalDate mid = LocalDate.of(Math.max(year, 1970), 6, 1);
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).getMaximum();
        if (year < 1970 || number < 1 || number > weeks) {
            throw new IllegalArgumentException("week='" + shown + "' is not an ISO week: " + year
                    + (year < 1970 ? " is before 1970" : " has weeks 01 to " + weeks));
        }
        LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        return new ReportPeriod(
                monday.atStartOfDay(zone).toInstant(),
                monday.plusWeeks(1).atStartOfDay(zone).toInstant(),
                label(monday));
    }

    /** The ISO week before the one {@code now} is in. */
    public static ReportPeriod lastCompleteWeek(Instant now, ZoneId zone) {
        LocalDate monday = now.atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        return week(label(monday), zone);
    }

    /** {@code 2026-W49} for a day of that week. */
    static String label(LocalDate day) {
        return String.format(
                Locale.ROOT,
                "%d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
