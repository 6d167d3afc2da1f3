package luxlogger.energy.control;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import luxlogger.energy.entity.DaySummary;
import luxlogger.energy.entity.PeriodSummary;

/**
 * Days, calendar months and heating seasons of one controller, summed from its day summaries (design-12 §2).
 * Performance factors are Σheat / Σelectricity over the period, never a mean of daily COPs (ENERGY.md §2): with
 * days of 10 kWh / 2 kWh and 30 kWh / 10 kWh a month has 40 / 12 = 3.33, where the mean of the COPs would be 4.0.
 */
public final class Periods {

    /** A month speaks for itself with 24 of 30 full days (heatpumpmonitor.org, ENERGY.md §6). */
    static final Share MONTH_SHARE = new Share(24, 30);
    /** A season speaks for itself with 330 of 365 full days (heatpumpmonitor.org, ENERGY.md §6). */
    static final Share SEASON_SHARE = new Share(330, 365);

    /** {@code full} of {@code of} days, rounded up for other lengths: a 31-day month needs 25, a leap season 331. */
    record Share(int full, int of) {
        int required(int days) {
            return (days * full + of - 1) / of;
        }
    }

    private Periods() {}

    /** One day in the shape of a period, so that the three periods answer alike. */
    public static PeriodSummary day(DaySummary row) {
        LocalDate day = LocalDate.parse(row.day);
        PeriodSums sums = new PeriodSums();
        sums.add(row);
        return sums.summary(PeriodSummary.DAY, row.day, day, day.plusDays(1), 1);
    }

    /** A calendar month from the day rows of one controller; rows of other days are left out. */
    public static PeriodSummary month(YearMonth month, List<DaySummary> rows) {
        LocalDate from = month.atDay(1);
        LocalDate to = from.plusMonths(1);
        return sum(PeriodSummary.MONTH, month.toString(), from, to, MONTH_SHARE, rows);
    }

    /**
     * The heating season from the 1st of {@code startMonth} of {@code startYear} for twelve months (setting
     * {@code SEASON_START_MONTH}, default September) from the day rows of one controller.
     */
    public static PeriodSummary season(int startYear, Month startMonth, List<DaySummary> rows) {
        LocalDate from = LocalDate.of(startYear, startMonth, 1);
        return sum(
                PeriodSummary.SEASON, seasonLabel(startYear, startMonth), from, from.plusYears(1), SEASON_SHARE, rows);
    }

    /** The first year of the season a day belongs to, e.g. 2026 for 2027-02-01 with seasons from September. */
    public static int seasonStartYear(LocalDate day, Month startMonth) {
        return day.getMonthValue() >= startMonth.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** {@code 2026/27} for a season from September 2026; {@code 2026} for one from January. */
    public static String seasonLabel(int startYear, Month startMonth) {
        return startMonth == Month.JANUARY
                ? Integer.toString(startYear)
                : String.format(Locale.ROOT, "%d/%02d", startYear, (startYear + 1) % 100);
    }

    private static PeriodSummary sum(
            String period, String label, LocalDate from, LocalDate to, Share share, List<DaySummary> rows) {
        PeriodSums sums = new PeriodSums();
        for (DaySummary row : rows) {
            LocalDate day = LocalDate.parse(row.day);
            if (!day.isBefore(from) && day.isBefore(to)) {
                sums.add(row);
            }
        }
        int days = (int) ChronoUnit.DAYS.between(from, to);
        return sums.summary(period, label, from, to, share.required(days));
    }
}
