package luxlogger.diagnosis.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.DayFigures;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Seasonal;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;

/** Health reports built for the page's tests: every severity, unsupported rules, missing figures, hostile text. */
final class SampleReports {

    static final String HOSTILE = "\"><script>alert(1)</script> & 'x' Wärmepumpe ü";
    static final String CHART_LINK =
            "#/charts?from=2026-12-01T05:00:00Z&to=2026-12-01T07:00:00Z&fields=calculations.ID_WEB_VD1out"
                    + "&controller=%22%3E%3Cscript%3E";

    static final Double[] STARTS = {12.0, 16.0, null, 14.0, 15.0, 13.0, 17.0};
    static final Double[] COP = {3.1, 2.9, null, 3.4, 3.0, 2.8, 3.87};
    static final Double[] OUTDOOR = {1.5, -2.0, 0.5, null, 3.0, 4.0, 2.0};
    static final Double[] FLOW = {38.0, 41.0, 39.0, 40.0, null, 36.0, 37.0};
    static final Double[] HOT_WATER = {20.0, 25.0, 30.0, null, 22.0, 18.0, 35.0};

    private SampleReports() {}

    static HealthReport week() {
        return week(HOSTILE, days(STARTS.length));
    }

    static HealthReport week(String controller, List<DayFigures> days) {
        Seasonal seasonal = new Seasonal(
                "2026/27",
                3.9,
                "air",
                4,
                "Controller-reported seasonal factor 3.9 since 1 September: better than about 4 of 10 monitored"
                        + " air-source systems (heatpumpmonitor.org, median 4.00).",
                "heatpumpmonitor.org export (computed); Fraunhofer ISE WP-QS im Bestand");
        return new HealthReport(
                controller,
                "2026-W49",
                Instant.parse("2026-11-29T23:00:00Z"),
                Instant.parse("2026-12-06T23:00:00Z"),
                "Europe/Berlin",
                Instant.parse("2026-12-07T01:30:00Z"),
                96.5,
                "air",
                "controller",
                null,
                Severity.WARNING,
                seasonal,
                findings(),
                days);
    }

    static List<Finding> findings() {
        return List.of(
                new Finding(
                        1,
                        "short-cycling",
                        "Short cycling",
                        Severity.WARNING,
                        null,
                        "The compressor started 14.5 times a day, runs averaged 9 minutes.",
                        List.of(
                                new Figure("startsPerDay", "starts per day", 14.5, "1/d"),
                                new Figure("meanRunMinutes", "mean run", 9.0, "min")),
                        Reference.fleet(
                                null,
                                6.1,
                                12.8,
                                true,
                                "fleet median 6.1, p90 12.8 starts/day",
                                "heatpumpmonitor.org (computed)"),
                        new Advice("Lower the heating curve.", "Heizkurve absenken."),
                        List.of(
                                new Span(
                                        Instant.parse("2026-12-01T05:00:00Z"),
                                        Instant.parse("2026-12-01T07:00:00Z"),
                                        "eleven starts in two hours",
                                        CHART_LINK),
                                new Span(
                                        Instant.parse("2026-12-02T05:00:00Z"),
                                        Instant.parse("2026-12-02T06:00:00Z"),
                                        "a sneaky link",
                                        "javascript:alert(1)"))),
                new Finding(
                        3,
                        "flow-spread",
                        "Flow-return spread",
                        Severity.NOTICE,
                        null,
                        HOSTILE,
                        List.of(new Figure("spread", "flow-return spread", 4.2, "K")),
                        Reference.fleet(3.0, 3.8, 5.2, true, null, "heatpumpmonitor.org (computed)"),
                        new Advice("Open the valves.", "Ventile öffnen & prüfen."),
                        List.of()),
                new Finding(
                        7,
                        "hot-water",
                        "Hot water",
                        Severity.OK,
                        null,
                        "Hot water took 12 % of the electricity.",
                        List.of(new Figure("hotWaterShare", "hot-water share", 12.0, "%")),
                        Reference.threshold(32, true, "fleet p90 32 %", "computed"),
                        new Advice("Nothing to change.", "Nichts zu ändern."),
                        List.of()),
                Finding.unsupported(2, "oversized", "Oversized unit", "no rated output given (RATED_OUTPUT_KW)"),
                new Finding(
                        12,
                        "data-gaps",
                        "Data gaps",
                        Severity.UNSUPPORTED,
                        "not enough data: 62 % of the period has polls (90 % needed)",
                        "Polls are missing for 2.6 days.",
                        List.of(),
                        null,
                        null,
                        List.of()));
    }

    /** {@code count} days from 2026-11-30 with the figures above (repeated), nulls where they have nulls. */
    static List<DayFigures> days(int count) {
        List<DayFigures> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = i % STARTS.length;
            days.add(new DayFigures(
                    LocalDate.of(2026, 11, 30).plusDays(i).toString(),
                    100,
                    STARTS[at] == null ? null : STARTS[at].intValue(),
                    9.0,
                    40.0,
                    12.0,
                    COP[at],
                    OUTDOOR[at],
                    FLOW[at],
                    4.0,
                    HOT_WATER[at],
                    0.0,
                    2));
        }
        return days;
    }
}
