package luxlogger.energy.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;

/**
 * What one controller did over a day, a calendar month or a heating season, summed from its day summaries. One
 * shape for all three, so a day reads like a month. Energies in kWh, times in hours, temperatures in °C; a
 * {@code null} figure means no day of the period had it, never zero.
 *
 * @param period {@code day}, {@code month} or {@code season}
 * @param label {@code 2026-12-05}, {@code 2026-12} or {@code 2026/27}
 * @param from the period's first day
 * @param to the day after the period's last day (exclusive)
 * @param days calendar days in the period
 * @param daysWithData days with at least one poll
 * @param partialDays days with polls but under 90 % coverage
 * @param complete enough full days to speak for the period: 24 of 30 for a month, 330 of 365 for a season (the
 *     thresholds of heatpumpmonitor.org, ENERGY.md §6), the one day for a day
 * @param coverage mean coverage of the period's days in percent, missing days counting 0
 * @param samples polls the period's days were computed from
 * @param electricSource {@code counter}, {@code integrated}, {@code mixed} (days of both) or {@code null}
 * @param factorHeating performance factor of heating, Σheat / Σelectricity (for a season the seasonal performance
 *     factor; for a day its COP), never a mean of daily COPs; {@code null} when Σelectricity is under 0.1 kWh or a
 *     day that made heat in this mode has no electricity figure for it, as the sums would not match
 * @param factorHotWater the same for hot water
 * @param factorTotal the same for the totals (cooling electricity included, as in {@code electricTotal})
 * @param meanRunMinutes compressor hours over starts, of the days with both
 * @param defrostsEstimated true when a day's defrosts were counted from mode changes
 * @param outdoorMean the days' time-weighted means, weighted by their coverage
 * @param counterEvents counter glitches and resets the days' figures were corrected for, each after its day
 */
@JsonbNillable
public record PeriodSummary(
        String period,
        String label,
        LocalDate from,
        LocalDate to,
        int days,
        int daysWithData,
        int partialDays,
        boolean complete,
        double coverage,
        long samples,
        Double heatHeating,
        Double heatHotWater,
        Double heatPool,
        Double heatTotal,
        Double heatAux,
        Double electricHeating,
        Double electricHotWater,
        Double electricPool,
        Double electricCooling,
        Double electricTotal,
        String electricSource,
        Double factorHeating,
        Double factorHotWater,
        Double factorTotal,
        Integer compressorStarts,
        Double compressorHours,
        Double meanRunMinutes,
        Double hoursHeating,
        Double hoursHotWater,
        Double hoursCooling,
        Double auxHours,
        Integer defrosts,
        Boolean defrostsEstimated,
        Double utilityLockHours,
        Double outdoorMin,
        Double outdoorMean,
        Double outdoorMax,
        String counterEvents) {

    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String SEASON = "season";
}
