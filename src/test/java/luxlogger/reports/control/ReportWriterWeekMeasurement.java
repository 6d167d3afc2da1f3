package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a daily and a weekly report of a simulated heat pump take, polled every 30 s, with the time
 * spent in the writer apart from the time the model needs to make the snapshots. A measurement, not a
 * timed test: run it by hand with a small heap,
 *
 * <pre>{@code
 * mvn dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Xmx64m -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     luxlogger.reports.control.ReportWriterWeekMeasurement baseline
 * }</pre>
 *
 * <p>(surefire's argLine fixes the heap at 512 MB, so {@code -DargLine} does not reach the test JVM.)
 * {@code baseline} also times the straightforward way, every value through {@link Decoder} and
 * {@link Reading#text()} and rows through opencsv, for comparison.
 */
class ReportWriterWeekMeasurement {

    private static final Instant MONDAY = Instant.parse("2026-01-26T00:00:00Z");
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final int DAY = 2_880;
    private static final int WEEK = 7 * DAY;

    @TempDir
    Path folder;

    @Test
    void writesASimulatedWeek() throws IOException {
        Result result = measure(folder, Dialect.STANDARD, WEEK);

        System.out.println(result);
        assertThat(result.report().rows()).isEqualTo(WEEK);
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("report-measurement");
        try {
            System.out.printf(
                    Locale.ROOT,
                    "heap max %d MB, %d processors%n",
                    Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            measure(folder, Dialect.STANDARD, DAY); // warm-up
            System.out.println("daily    " + measure(folder, Dialect.STANDARD, DAY));
            System.out.println("weekly   " + measure(folder, Dialect.STANDARD, WEEK));
            System.out.println("excel-de " + measure(folder, Dialect.EXCEL_DE, WEEK));
            if (args.length > 0 && args[0].equals("baseline")) {
                System.out.println("baseline " + baseline(folder, WEEK));
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    record Result(Report report, double seconds, double writerSeconds, long peakHeap) {

        @Override
        public String toString() {
            double megabytes = report.bytes() / 1e6;
            return String.format(
                    Locale.ROOT,
                    "%,d rows x %,d columns: %.1f MB in %.2f s (writer %.2f s, model"
                            + " %.2f s), %.0f MB/s of writer time, peak heap %d MB",
                    report.rows(),
                    report.columns(),
                    megabytes,
                    seconds,
                    writerSeconds,
                    seconds - writerSeconds,
                    megabytes / writerSeconds,
                    peakHeap >> 20);
        }
    }

    static Result measure(Path folder, Dialect dialect, int polls) throws IOException {
        var model = new HeatPumpModel(Profile.CURRENT, 42, MONDAY);
        var writer = new ReportWriter(Catalog.standard(), ZoneId.of("Europe/Berlin"), dialect, false);
        Columns columns = Columns.forShape(Catalog.standard(), new Shape(1160, 269, 380));
        resetPeaks();
        long start = System.nanoTime();
        long inWriter = 0;
        Report report;
        try (OpenReport open = writer.open(folder.resolve(dialect.key() + polls + ".csv"), columns)) {
            for (int i = 0; i < polls; i++) {
                Snapshot snapshot = model.snapshotAt(MONDAY.plus(POLL.multipliedBy(i)));
                long before = System.nanoTime();
                open.add(snapshot);
                inWriter += System.nanoTime() - before;
            }
            long before = System.nanoTime();
            report = open.commit();
            inWriter += System.nanoTime() - before;
        }
        return new Result(report, (System.nanoTime() - start) / 1e9, inWriter / 1e9, peakHeap());
    }

    /** Every value through {@link Decoder} and {@link Reading#text()}, rows through opencsv's writer. */
    static Result baseline(Path folder, int polls) throws IOException {
        var model = new HeatPumpModel(Profile.CURRENT, 42, MONDAY);
        var decoder = new Decoder(Catalog.standard());
        Path target = folder.resolve("baseline.csv");
        resetPeaks();
        long start = System.nanoTime();
        long inWriter = 0;
        long rows = 0;
        int width = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16);
                ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build()) {
            for (int i = 0; i < polls; i++) {
                Snapshot snapshot = model.snapshotAt(MONDAY.plus(POLL.multipliedBy(i)));
                long before = System.nanoTime();
                List<Reading> readings = decoder.decode(snapshot);
                String[] row = new String[readings.size() + 2];
                row[0] = snapshot.time().toString();
                row[1] = Long.toString(snapshot.time().getEpochSecond());
                for (int r = 0; r < readings.size(); r++) {
                    row[r + 2] = readings.get(r).text();
                }
                csv.writeNext(row, false);
                width = row.length;
                rows++;
                inWriter += System.nanoTime() - before;
            }
        }
        var report = new Report(target.getFileName().toString(), target, rows, width, Files.size(target));
        return new Result(report, (System.nanoTime() - start) / 1e9, inWriter / 1e9, peakHeap());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
