package luxlogger.energy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import luxlogger.energy.entity.DaySummary;
import luxlogger.energy.entity.EnergySettings;
import luxlogger.energy.entity.PeriodSummary;
import luxlogger.readings.entity.ReadingsSettings;

/**
 * The energy summary of a controller per day, month or heating season: the day rows ({@link DaySummaries})
 * added up per period. A period's performance factor is its heat over its electricity, never a mean of COPs.
 */
@ApplicationScoped
public class Summaries {

    @Inject
    DaySummaries days;

    @Inject
    Instance<ReadingsSettings> readings;

    @Inject
    Instance<EnergySettings> energy;

    /** The zone whose midnights bound the days (TZ). */
    public ZoneId zone() {
        return readings.get().zone();
    }

    /** The month heating seasons start with (SEASON_START_MONTH). */
    public Month seasonStart() {
        return energy.get().seasonStart();
    }

    /**
     * The summaries of the periods that overlap {@code [from, to)}, widened to whole periods, oldest first;
     * periods without any poll are left out.
     */
    public Table periods(String controller, Period period, LocalDate from, LocalDate to, Instant now) {
        Month seasonStart = seasonStart();
        LocalDate start = period.start(from, seasonStart);
        LocalDate end = period.next(period.start(to.minusDays(1), seasonStart));
        ReadingsSettings settings = readings.get();
        List<DaySummary> rows =
                days.days(controller, start, end.minusDays(1), settings.zone(), settings.interval(), now);
        List<PeriodSummary> periods = new ArrayList<>();
        int i = 0;
        for (LocalDate first = start; first.isBefore(end); first = period.next(first)) {
            LocalDate next = period.next(first);
            List<DaySummary> within = new ArrayList<>();
            while (i < rows.size() && LocalDate.parse(rows.get(i).day).isBefore(next)) {
                within.add(rows.get(i++));
            }
            if (!within.isEmpty()) {
                periods.add(period.summarize(first, seasonStart, within));
            }
        }
        return new Table(start, end, periods);
    }

    /** The periods of {@code [from, to)}, as widened to whole periods. */
    public record Table(LocalDate from, LocalDate to, List<PeriodSummary> rows) {}
}
