package luxlogger.energy.control;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import luxlogger.energy.entity.DaySummary;
import luxlogger.energy.entity.PeriodSummary;

/** The spans the summary adds up: a local day, a calendar month or a heating season of twelve months. */
public enum Period {
    DAY,
    MONTH,
    SEASON;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The period of a {@code period=} value, case-insensitive. */
    public static Period of(String key) {
        return Arrays.stream(values())
                .filter(p -> p.key().equalsIgnoreCase(key.strip()))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("period='" + key + "' is unknown: use day, month or season"));
    }

    /** The first day of the period that holds {@code day}. */
    public LocalDate start(LocalDate day, Month seasonStart) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case SEASON -> LocalDate.of(Periods.seasonStartYear(day, seasonStart), seasonStart, 1);
        };
    }

    /** The summary of the period starting on {@code start}, of its days' rows. */
    PeriodSummary summarize(LocalDate start, Month seasonStart, List<DaySummary> rows) {
        return switch (this) {
            case DAY -> Periods.day(rows.get(0));
            case MONTH -> Periods.month(YearMonth.from(start), rows);
            case SEASON -> Periods.season(start.getYear(), seasonStart, rows);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case SEASON -> start.plusYears(1);
        };
    }

    /** Where a request without {@code from} starts: 30 days, 12 months or two seasons back from {@code today}. */
    public LocalDate defaultFrom(LocalDate today, Month seasonStart) {
        return switch (this) {
            case DAY -> today.minusDays(29);
            case MONTH -> start(today, seasonStart).minusMonths(11);
            case SEASON -> start(today, seasonStart).minusYears(1);
        };
    }
}
