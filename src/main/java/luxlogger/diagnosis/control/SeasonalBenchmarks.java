package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.Words.number;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.diagnosis.entity.Seasonal;
import luxlogger.energy.entity.DaySummary;

/**
 * The seasonal factor so far (heat over electricity from the season's start, the controller's own counters:
 * "controller-reported") placed among the benchmarks of its type: air against the heatpumpmonitor.org distribution
 * ("better than about N of 10 monitored air-source systems"), ground and water against the Fraunhofer means.
 */
final class SeasonalBenchmarks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String CAVEAT = " The controller calculates its heat from temperatures and an assumed flow,"
            + " not with a calibrated meter, so the factor is an estimate.";
    private static final String[] AIR = {"air-spf-p10", "air-spf-p25", "air-spf-median", "air-spf-p75", "air-spf-p90"};
    private static final int[] PERCENTILES = {10, 25, 50, 75, 90};

    private final References references;

    SeasonalBenchmarks(References references) {
        this.references = references;
    }

    /**
     * @param season the season's label, e.g. {@code 2026/27}
     * @param start its first day
     * @param days the day summaries from its start to the period's end, in date order
     * @param source null when unknown
     */
    Seasonal of(String season, LocalDate start, List<DaySummary> days, HeatSource source) {
        double heat = 0;
        double electricity = 0;
        LocalDate first = null;
        for (DaySummary day : days) {
            if (day.heatTotal != null && day.electricTotal != null) {
                heat += day.heatTotal;
                electricity += day.electricTotal;
                first = first == null ? LocalDate.parse(day.day) : first;
            }
        }
        String key = source == null ? null : source.key();
        if (electricity < 0.1) {
            return new Seasonal(
                    season,
                    null,
                    key,
                    null,
                    "No seasonal factor: the controller has no electricity counters.",
                    sources(source));
        }
        double factor = heat / electricity;
        // since the season's start, or since the first day with figures when the logging began later
        LocalDate from = first.isAfter(start) ? first : start;
        String since = "Controller-reported seasonal factor " + number(factor, 2) + " since " + DAY.format(from);
        if (source == HeatSource.AIR) {
            double percentile = percentile(factor);
            // below p10 nothing more is known than "fewer than 1 in 10"; above p90 "about 9 in 10"
            int tenths = percentile < PERCENTILES[0] ? 0 : (int) Math.min(9, Math.round(percentile / 10));
            String place = percentile < PERCENTILES[0]
                    ? "better than fewer than 1 in 10 monitored air-source systems"
                    : "better than about " + tenths + " of 10 monitored air-source systems";
            return new Seasonal(
                    season,
                    Words.round(factor, 2),
                    key,
                    tenths,
                    since + ": " + place + " (heatpumpmonitor.org, median "
                            + number(references.value("air-spf-median"), 2) + ", self-selected and above average)."
                            + CAVEAT,
                    sources(source));
        }
        String compared = switch (source == null ? "" : key) {
            case "ground" ->
                "; ground-source systems in existing homes average "
                        + number(references.value("ground-spf-existing"), 1) + " (Fraunhofer ISE WP-QS im Bestand, 77"
                        + " systems of all types from 2.6 to 5.4) and "
                        + number(references.value("ground-spf-wpsmart"), 1)
                        + " (WPsmart im Bestand).";
            case "water" ->
                "; water-source systems in new builds reach " + number(references.value("water-spf-new"), 1)
                        + " in their first months (Fraunhofer field test).";
            default -> ". The heat source is unknown (set HEATPUMP_SOURCE), so no benchmark applies.";
        };
        return new Seasonal(season, Words.round(factor, 2), key, null, since + compared + CAVEAT, sources(source));
    }

    /** The factor's percentile among the air-source systems, by straight lines between the published ones. */
    double percentile(double factor) {
        double[] values = new double[AIR.length];
        for (int i = 0; i < AIR.length; i++) {
            values[i] = references.value(AIR[i]);
        }
        if (factor <= values[0]) {
            return factor < values[0] ? PERCENTILES[0] - 1 : PERCENTILES[0];
        }
        for (int i = 1; i < values.length; i++) {
            if (factor <= values[i]) {
                double part = (factor - values[i - 1]) / (values[i] - values[i - 1]);
                return PERCENTILES[i - 1] + part * (PERCENTILES[i] - PERCENTILES[i - 1]);
            }
        }
        return PERCENTILES[PERCENTILES.length - 1] + 1;
    }

    private String sources(HeatSource source) {
        if (source == HeatSource.AIR) {
            return references.source("air-spf-median");
        }
        if (source == HeatSource.GROUND) {
            return references.source("ground-spf-existing") + "; " + references.source("ground-spf-wpsmart");
        }
        if (source == HeatSource.WATER) {
            return references.source("water-spf-new");
        }
        return "";
    }
}
