package bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.control.Columns;
import luxlogger.reports.control.Dialect;
import luxlogger.reports.control.OpenReport;
import luxlogger.reports.control.Report;
import luxlogger.reports.control.ReportWriter;

/**
 * The daily and the weekly report of the simulated week that {@link StorageBenchmark} stored, the way the
 * product writes them: polls read from SQLite in time order, decoded against one keyframe at a time and
 * streamed into {@link OpenReport}. Meant to run in its own JVM with {@code -Xmx64m -XX:+UseSerialGC} (the
 * server's collector), so that finishing at all proves the heap bound.
 *
 * <p>Peak heap: before each report {@code System.gc()}, then every memory pool's peak is reset; the report
 * itself runs without any {@code System.gc()}; afterwards the heap pools' {@link MemoryPoolMXBean#getPeakUsage()
 * peaks} are summed. The pools peak at different moments, so the sum is an upper bound of the heap in use at
 * any one time; eden's peak is its capacity (it fills up before each minor collection), so the old
 * generation's peak, shown apart, is what the report really keeps.
 *
 * <p>The weekly report is also written as JSON Lines (REPORT_FORMATS=jsonl), under the same heap bound: each line
 * repeats every field's name, so the file is far larger than the CSV, and its time is an information, not a target.
 *
 * <p>Usage: {@code ReportBenchmark [database file]} (default {@code target/bench/week.db}; written first
 * when missing).
 */
public final class ReportBenchmark {

    private static final double WEEKLY_SECONDS = 3;
    private static final double DAILY_SECONDS = 0.5;
    private static final double HEAP_MB = 64;

    private ReportBenchmark() {}

    record Measured(Report report, double seconds, long peakHeap, long peakOld) {

        double megabytes() {
            return report.bytes() / 1e6;
        }

        double peakHeapMiB() {
            return peakHeap / (double) (1 << 20);
        }
    }

    /** Where a report's polls come from: those of {@code [from, to)}, decoded, in time order. */
    @FunctionalInterface
    interface Polls {
        void forEach(Instant from, Instant to, Consumer<Snapshot> action) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/week.db");
        if (!Files.exists(file)) {
            System.err.println("reports: " + file + " missing, storing the simulated week first");
            try (PollFile polls = PollFile.create(file)) {
                StorageBenchmark.write(polls);
            }
        }
        long[] range = PollFile.range(file);
        Instant first = Instant.ofEpochMilli(range[0]);
        Instant end = Instant.ofEpochMilli(range[1] + 1);
        Path folder = folder(file);
        Polls polls = (from, to, action) -> PollFile.forEach(file, from, to, action);
        warmUp(polls, first, folder);
        Measured daily = measure(polls, first, first.plus(Duration.ofDays(1)), folder.resolve("daily.csv"));
        Measured weekly = measure(polls, first, end, folder.resolve("weekly.csv"));
        Measured jsonl = measure(polls, first, end, folder.resolve("weekly.jsonl"));
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.err.printf("reports: heap max %d MB; daily %s; weekly %s%n", maxHeap >> 20, daily, weekly);

        String heapName = heapName();
        Figure weeklyTime = Figure.atMost(
                        "reports: weekly report, " + weekly.report().rows() + " polls " + heapName,
                        weekly.seconds(),
                        "s",
                        WEEKLY_SECONDS)
                .print();
        Figure weeklyHeap = Figure.atMost(
                        "reports: weekly report, peak heap (sum of pool peaks)", weekly.peakHeapMiB(), "MiB", HEAP_MB)
                .print();
        Figure.info("reports: weekly report, old generation peak", weekly.peakOld() / (double) (1 << 20), "MiB")
                .print();
        Figure.info("reports: weekly report, written", weekly.megabytes() / weekly.seconds(), "MB/s")
                .print();
        Figure.info(
                        "reports: weekly report, file (" + weekly.report().columns() + " columns)",
                        weekly.megabytes(),
                        "MB")
                .print();
        Figure dailyTime = Figure.atMost(
                        "reports: daily report, " + daily.report().rows() + " polls " + heapName,
                        daily.seconds(),
                        "s",
                        DAILY_SECONDS)
                .print();
        Figure.info("reports: daily report, peak heap (sum of pool peaks)", daily.peakHeapMiB(), "MiB")
                .print();
        Figure.info("reports: daily report, file", daily.megabytes(), "MB").print();
        Figure.info("reports: weekly JSON Lines report, " + jsonl.report().rows() + " polls", jsonl.seconds(), "s")
                .print();
        Figure jsonlHeap = Figure.atMost(
                        "reports: weekly JSON Lines report, peak heap (sum of pool peaks)",
                        jsonl.peakHeapMiB(),
                        "MiB",
                        HEAP_MB)
                .print();
        Figure.info("reports: weekly JSON Lines report, file", jsonl.megabytes(), "MB")
                .print();
        if (weeklyTime.missed() || dailyTime.missed()) {
            Figure.note(String.format(
                    java.util.Locale.ROOT,
                    "reports are bound by formatting and writing %.0f MB"
                            + " of CSV (%.0f MB/s on one core); reading and decoding the polls is a small part",
                    weekly.megabytes(),
                    weekly.megabytes() / weekly.seconds()));
        }
        if (weeklyHeap.missed() || jsonlHeap.missed()) {
            Figure.note("the weekly report's heap peak is above 64 MB although the JVM ran with " + heapName);
        }
        for (String name : new String[] {"warm-up.csv", "daily.csv", "weekly.csv", "weekly.jsonl"}) {
            Files.deleteIfExists(folder.resolve(name));
        }
    }

    /** The folder the reports are written to, beside the database file. */
    static Path folder(Path file) throws IOException {
        return Files.createDirectories(file.toAbsolutePath().getParent().resolve("reports"));
    }

    /** The heap the JVM was given, as a figure's name shows it: e.g. (-Xmx64m). */
    static String heapName() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-Xmx"))
                .reduce((earlier, later) -> later)
                .map(arg -> "(" + arg + ")")
                .orElse("(heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)");
    }

    /** The second day's report, twice, so that the measured runs find the JIT's code ready. */
    static void warmUp(Polls polls, Instant first, Path folder) throws Exception {
        Instant second = first.plus(Duration.ofDays(1));
        for (int run = 0; run < 2; run++) {
            measure(polls, second, second.plus(Duration.ofDays(1)), folder.resolve("warm-up.csv"));
        }
        Files.deleteIfExists(folder.resolve("warm-up.csv"));
    }

    /**
     * Writes the report of {@code [from, to)} as the product does, with the columns of current firmware, in the
     * format its name ends with.
     */
    static Measured measure(Polls polls, Instant from, Instant to, Path target) throws Exception {
        var catalog = Catalog.standard();
        var writer = new ReportWriter(catalog, ZoneId.of("Europe/Berlin"), Dialect.STANDARD, false);
        Columns columns = Columns.forShape(catalog, catalog.shape());
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Report report;
        var format = ExportFormat.ofFile(target.getFileName().toString()).orElseThrow();
        try (OpenReport open = writer.open(target, columns, format)) {
            polls.forEach(from, to, open::add);
            report = open.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long heap = 0;
        long old = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
                // "Tenured Gen" (serial), "G1 Old Gen", "PS Old Gen"
                if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                    old += pool.getPeakUsage().getUsed();
                }
            }
        }
        return new Measured(report, seconds, heap, old);
    }
}
