package bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import luxlogger.diagnosis.control.HealthReports;
import luxlogger.diagnosis.control.HealthRequest;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.diagnosis.entity.InstallationSettings;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.energy.control.DaySummaries;
import luxlogger.journal.control.JournalReader;
import luxlogger.readings.control.StandaloneStore;

/**
 * Issue #20's figure: a simulated year of one controller ({@link SimulatedYear}, 1,051,200 polls at 30 s) reported
 * week by week as the server computes its health reports ({@link HealthReports}, each week one pass over its polls,
 * its days' summaries kept, the seasonal factor from the kept rows), in a JVM with {@code -Xmx64m -XX:+UseSerialGC}:
 * the year's time and peak heap. The kept day summaries are forgotten first, so that every week computes its own.
 *
 * <p>Usage: {@code HealthReportBenchmark <file> [days]} on a year built by {@code SummaryBenchmark build}.
 */
public final class HealthReportBenchmark {

    private static final double YEAR_SECONDS = 5;
    private static final double HEAP_MB = 64;
    private static final Duration POLL = Duration.ofSeconds(30);

    private HealthReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        var year = new SimulatedYear(
                Path.of(args.length > 0 ? args[0] : "target/bench/year.db"),
                args.length > 1 ? Integer.parseInt(args[1]) : 365);
        if (!year.complete()) {
            throw new IllegalStateException(year.file() + " does not hold " + year.polls()
                    + " polls; build it first: SummaryBenchmark build " + year.file() + " " + year.days());
        }
        try (var store = new StandaloneStore(year.file())) {
            var summaries = new DaySummaries(store.entityManager(), store.transaction(), store.reader());
            var reports = new HealthReports(store.reader(), summaries, new JournalReader(store.entityManager()));
            LocalDate first = year.firstDay();
            int weeks = year.days() / 7;
            summaries.forget(SimulatedYear.CONTROLLER, first, first.plusDays(year.days()));
            Instant now = Instant.now();
            // a week first, so that the year runs compiled code; its day rows are forgotten again
            report(reports, first, now);
            summaries.forget(SimulatedYear.CONTROLLER, first, first.plusDays(year.days()));

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            List<HealthReport> all = new ArrayList<>(weeks);
            for (int week = 0; week < weeks; week++) {
                all.add(report(reports, first.plusWeeks(week), now));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long heap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                heap += pool.getType() == MemoryType.HEAP ? pool.getPeakUsage().getUsed() : 0;
            }
            Figure.atMost(
                            "health: " + weeks + " weekly reports of a simulated year (-Xmx64m)",
                            seconds,
                            "s",
                            YEAR_SECONDS * weeks / 52.0)
                    .print();
            Figure.atMost("health: peak heap (sum of pool peaks)", heap / (double) (1 << 20), "MiB", HEAP_MB)
                    .print();
            Figure.info("health: one week, mean", seconds / weeks, "s").print();
            check(all);
        }
    }

    private static HealthReport report(HealthReports reports, LocalDate monday, Instant now) {
        Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        return reports.report(new HealthRequest(
                SimulatedYear.CONTROLLER,
                from,
                from.plus(Duration.ofDays(7)),
                null,
                ZoneOffset.UTC,
                POLL,
                Month.SEPTEMBER,
                InstallationSettings.none(),
                now));
    }

    /** Fails the benchmark when a week's report is implausible: a fast wrong report is no figure. */
    private static void check(List<HealthReport> reports) {
        for (HealthReport report : reports) {
            long judged = report.findings().stream()
                    .map(Finding::severity)
                    .filter(severity -> severity != Severity.UNSUPPORTED)
                    .count();
            if (report.coverage() < 99 || judged < 8 || report.seasonal().factor() == null) {
                throw new IllegalStateException("implausible report of " + report.from() + ": coverage "
                        + report.coverage() + ", " + judged + " rules judged, seasonal " + report.seasonal());
            }
        }
        System.err.println("health: last week "
                + reports.get(reports.size() - 1).seasonal().text());
    }
}
