package luxlogger.reports.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import luxlogger.readings.control.TimeRange;
import luxlogger.reports.entity.ReportSettings;

/**
 * When the scheduled reports are due and which polls each one holds, anchored to {@code CSV_TIME} in {@code TZ}
 * rather than to the moment a timer happens to run: the daily report dated D covers {@code [CSV_TIME on D-1,
 * CSV_TIME on D)}, 23 or 25 hours on the day of a clock change, and the weekly one the seven daily windows up to
 * its day. Consecutive reports therefore meet without gap or overlap, whenever they are written.
 */
public record Schedule(LocalTime csvTime, ZoneId zone, DayOfWeek weeklyDay) {

    public static Schedule of(ReportSettings settings) {
        return new Schedule(settings.csvTime(), settings.zone(), settings.weeklyDay());
    }

    /**
     * {@code CSV_TIME} on a day. A time the spring change skips is moved on by the length of the gap (02:30 in
     * Berlin becomes 03:30 summer time); a time the autumn change repeats is taken the first time (02:30 summer
     * time). So every report that ends or starts on that day uses the same instant.
     */
    public Instant at(LocalDate day) {
        return ZonedDateTime.of(day, csvTime, zone).toInstant();
    }

    /** The polls of the report of a kind dated {@code day}. */
    public TimeRange window(Kind kind, LocalDate day) {
        return new TimeRange(at(day.minusDays(kind.days())), at(day));
    }

    /** The day of the newest report of a kind whose time has come by {@code now}. */
    public LocalDate latest(Kind kind, Instant now) {
        // from tomorrow: a CSV_TIME late in the evening can be moved past midnight by a clock change
        LocalDate day = now.atZone(zone).toLocalDate().plusDays(1);
        while (at(day).isAfter(now) || !due(kind, day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Whether a report of the kind is dated on that day: the daily one every day, the weekly on WEEKLY_DAY. */
    public boolean due(Kind kind, LocalDate day) {
        return kind == Kind.DAILY || day.getDayOfWeek() == weeklyDay;
    }

    /** When the next report of either kind is due after {@code now}. */
    public Instant next(Instant now) {
        return at(latest(Kind.DAILY, now).plusDays(1));
    }
}
