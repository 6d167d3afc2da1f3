package luxlogger.diagnosis.entity;

import java.time.Instant;
import java.util.List;

/**
 * The health report of one controller for one ISO week ({@code week} e.g. {@code 2026-W49}) or any range
 * ({@code week} null), computed from the stored raw polls, the day summaries and the journal; derived, so it can
 * be computed again at any time.
 *
 * @param coverage share of the period with polls, 0-100 %
 * @param source {@code air}, {@code ground} or {@code water}
 * @param sourceFrom {@code setting} (HEATPUMP_SOURCE) or {@code controller} (its heat-pump type)
 * @param ratedOutputKw RATED_OUTPUT_KW, null when not given
 * @param severity the worst finding's severity
 * @param days the period's days, for the charts
 */
public record HealthReport(
        String controller,
        String week,
        Instant from,
        Instant to,
        String zone,
        Instant computed,
        double coverage,
        String source,
        String sourceFrom,
        Double ratedOutputKw,
        Severity severity,
        Seasonal seasonal,
        List<Finding> findings,
        List<DayFigures> days) {

    public HealthReport {
        findings = List.copyOf(findings);
        days = List.copyOf(days);
    }
}
