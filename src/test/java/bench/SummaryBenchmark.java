package bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import luxlogger.energy.control.DayCalculation;
import luxlogger.energy.entity.DaySummary;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.control.StandaloneStore;

/**
 * The day summaries of a simulated year ({@link SimulatedYear}) computed from SQLite as the product computes them:
 * for each UTC day a {@link DayCalculation} fed by {@link PollReader#forEach} over its window. Meant to run in its
 * own JVM with {@code -Xmx64m -XX:+UseSerialGC}; the year is built before in another JVM ({@code build}), since
 * building it is not what is measured.
 *
 * <p>Before the year: the first day's computation, timed (the first in the JVM, as the daily one after a long
 * pause), and a week to warm up. The year then runs after a {@code System.gc()} and a reset of the memory pools'
 * peaks, without any {@code System.gc()} of its own; its peak heap is the sum of the heap pools' peaks, as in
 * {@link ReportBenchmark}. After it, the daily recomputation: seven days spread over the year, each timed, the
 * median shown. Every day is checked for plausible figures: a wrong summary fails the benchmark, fast or not.
 *
 * <p>Usage: {@code SummaryBenchmark build <file> [days]} builds the file unless it holds the polls already;
 * {@code SummaryBenchmark <file> [days]} measures (default 365 days).
 */
public final class SummaryBenchmark {

    private static final double YEAR_SECONDS = 10;
    private static final double DAY_SECONDS = 1;
    private static final double HEAP_MB = 64;
    private static final int YEAR = 365;
    private static final int LEAST_SAMPLES = 2_870;
    private static final double LEAST_COP = 2;
    private static final double MOST_COP = 6;
    private static final int TIMED_DAYS = 7;

    private SummaryBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean build = args.length > 0 && args[0].equals("build");
        List<String> rest = Arrays.asList(args).subList(build ? 1 : 0, args.length);
        var year = new SimulatedYear(
                Path.of(rest.isEmpty() ? "target/bench/year.db" : rest.get(0)),
                rest.size() > 1 ? Integer.parseInt(rest.get(1)) : YEAR);
        if (build) {
            build(year);
        } else if (!year.complete()) {
            throw new IllegalStateException(year.file() + " does not hold " + year.polls()
                    + " polls; build it first: SummaryBenchmark build " + year.file() + " " + year.days());
        } else {
            measure(year);
        }
    }

    private static void build(SimulatedYear year) throws Exception {
        String name = "summary: building " + span(year) + " (" + Figure.format(year.polls())
                + " polls, PollStore, batches of 500)";
        Duration took = year.build();
        if (took == null) {
            new Figure(name, "kept", "", "-", "info").print();
        } else {
            Figure.info(name, took.toMillis() / 1e3, "s").print();
        }
        Figure.info("summary: the SQLite file of " + span(year), year.bytes() / 1e6, "MB")
                .print();
    }

    private static void measure(SimulatedYear year) throws Exception {
        try (var store = new StandaloneStore(year.file())) {
            PollReader reader = store.reader();
            LocalDate first = year.firstDay();
            Day cold = Day.compute(reader, first);
            // a week first, so that the year runs compiled code; the first day's cost is a figure of its own
            for (int day = 1; day < 8 && day < year.days(); day++) {
                Day.compute(reader, first.plusDays(day));
            }

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            List<Day> days = new ArrayList<>(year.days());
            for (int day = 0; day < year.days(); day++) {
                days.add(Day.compute(reader, first.plusDays(day)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] peaks = peaks();

            double[] timed = new double[Math.min(TIMED_DAYS, year.days())];
            for (int i = 0; i < timed.length; i++) {
                timed[i] = Day.compute(reader, first.plusDays((long) i * year.days() / timed.length))
                        .seconds();
            }
            Arrays.sort(timed);
            report(year, days, seconds, peaks, timed, cold.seconds());
            check(days);
        }
    }

    private static void report(
            SimulatedYear year, List<Day> days, double seconds, long[] peaks, double[] timed, double cold) {
        long polls = days.stream().mapToLong(Day::polls).sum();
        double limit = YEAR_SECONDS * year.days() / YEAR;
        String heap = ReportBenchmark.heapName();
        Figure.atMost("summary: " + span(year) + " of polls from SQLite " + heap, seconds, "s", limit)
                .print();
        Figure peak = Figure.atMost(
                        "summary: " + span(year) + ", peak heap (sum of pool peaks)",
                        peaks[0] / (double) (1 << 20),
                        "MiB",
                        HEAP_MB)
                .print();
        Figure.info("summary: " + span(year) + ", old generation peak", peaks[1] / (double) (1 << 20), "MiB")
                .print();
        Figure.info("summary: polls read", polls, "polls").print();
        Figure.info("summary: polls read per second", polls / seconds, "polls/s")
                .print();
        Figure.info("summary: days computed", days.size(), "days").print();
        Figure.atMost(
                        "summary: the daily recomputation (one day, median of " + timed.length + ")",
                        timed[timed.length / 2],
                        "s",
                        DAY_SECONDS)
                .print();
        Figure.info("summary: one day, the first in the JVM", cold, "s").print();
        if (year.days() != YEAR) {
            Figure.note("summary: " + span(year) + " only; the year's target of " + Figure.format(YEAR_SECONDS)
                    + " s is scaled to " + Figure.format(limit) + " s");
        }
        if (peak.missed()) {
            Figure.note("summary: the heap peak is above 64 MB although the JVM ran with " + heap);
        }
    }

    /** Fails the benchmark when a day's figures are implausible: a fast wrong summary is no figure. */
    private static void check(List<Day> days) {
        List<String> wrong = new ArrayList<>();
        for (Day day : days) {
            DaySummary row = day.row();
            if (row.samples < LEAST_SAMPLES
                    || row.partial
                    || row.copTotal == null
                    || row.copTotal < LEAST_COP
                    || row.copTotal > MOST_COP
                    || day.unreadable() > 0) {
                wrong.add(String.format(
                        Locale.ROOT,
                        "%s (%d samples, partial %b, COP %s, %d unreadable)",
                        row.day,
                        row.samples,
                        row.partial,
                        row.copTotal,
                        day.unreadable()));
            }
        }
        var cop = days.stream()
                .filter(day -> day.row().copTotal != null)
                .mapToDouble(day -> day.row().copTotal)
                .summaryStatistics();
        System.err.printf(
                Locale.ROOT, "summary: daily COP %.2f-%.2f, mean %.2f%n", cop.getMin(), cop.getMax(), cop.getAverage());
        if (!wrong.isEmpty()) {
            Figure.note("summary: " + wrong.size() + " days with implausible figures, e.g. " + wrong.get(0));
            throw new IllegalStateException(wrong.size() + " days with fewer than " + LEAST_SAMPLES
                    + " samples, partial, a COP outside " + LEAST_COP + "-" + MOST_COP
                    + " or unreadable polls: " + String.join("; ", wrong.subList(0, Math.min(10, wrong.size()))));
        }
    }

    /** {@code a simulated year}, or {@code 30 simulated days}. */
    private static String span(SimulatedYear year) {
        return year.days() == YEAR ? "a simulated year" : year.days() + " simulated days";
    }

    /** The heap pools' peaks since their reset, summed, and the old generation's among them. */
    private static long[] peaks() {
        long heap = 0;
        long old = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
                if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                    old += pool.getPeakUsage().getUsed();
                }
            }
        }
        return new long[] {heap, old};
    }

    /** One day's summary, as the product computes it, and what computing it took. */
    record Day(DaySummary row, long polls, long unreadable, double seconds) {

        static Day compute(PollReader reader, LocalDate day) {
            long start = System.nanoTime();
            var calc = new DayCalculation(day, ZoneOffset.UTC, StorageBenchmark.INTERVAL);
            long[] unreadable = {0};
            long polls = reader.forEach(SimulatedYear.CONTROLLER, calc.from(), calc.to(), calc, problem -> {
                unreadable[0]++;
            });
            DaySummary row = calc.result();
            return new Day(row, polls, unreadable[0], (System.nanoTime() - start) / 1e9);
        }
    }
}
