package bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.readings.control.SeriesJson;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.control.TimeRange;

/**
 * The series a chart asks for, answered from the simulated year's SQLite file ({@link SimulatedYear}, built by
 * {@code SummaryBenchmark build}) by the code the resource runs: {@link SeriesJson} over the product's
 * {@code PollReader}, the JSON written to memory in place of the network. Four fields, the temperatures chart: a day
 * raw (2,880 points) and the whole year at {@code points=1000} (about a million polls read, each field cut down to
 * at most 1,000 values). Each answer is first written once (the first in the JVM, shown apart), then three times
 * more; the median counts. Every answer is read back and checked: a fast wrong answer is no figure.
 *
 * <p>Usage: {@code ChartBenchmark <file> [days]} (default {@code target/bench/year.db}, 365 days).
 */
public final class ChartBenchmark {

    private static final List<String> FIELDS =
            List.of("ID_WEB_Temperatur_TVL", "ID_WEB_Temperatur_TRL", "ID_WEB_Temperatur_TA", "ID_WEB_Temperatur_TBW");
    private static final int POINTS = 1_000;
    private static final double DAY_SECONDS = 0.3;
    private static final double YEAR_SECONDS = 2;
    private static final int TIMED = 3;

    private ChartBenchmark() {}

    public static void main(String[] args) throws Exception {
        var year = new SimulatedYear(
                Path.of(args.length > 0 ? args[0] : "target/bench/year.db"),
                args.length > 1 ? Integer.parseInt(args[1]) : 365);
        if (!year.complete()) {
            throw new IllegalStateException(year.file() + " does not hold " + year.polls()
                    + " polls; build it first: SummaryBenchmark build " + year.file() + " " + year.days());
        }
        Catalog catalog = Catalog.standard();
        List<Field> fields = catalog.select(FIELDS);
        Instant start = SimulatedYear.START;
        // a day in the middle of the year, so that its polls are not the first ones SQLite reads
        Instant day = start.plus(Duration.ofDays(year.days() / 2));
        var dayRange = new TimeRange(day, day.plus(Duration.ofDays(1)));
        var yearRange = new TimeRange(start, start.plus(Duration.ofDays(year.days())));
        try (var store = new StandaloneStore(year.file())) {
            var series = new SeriesJson(store.reader(), new Decoder(catalog));
            Answer firstDay = Answer.write(series, dayRange, fields, null);
            Answer firstYear = Answer.write(series, yearRange, fields, POINTS);
            double[] days = new double[TIMED];
            double[] years = new double[TIMED];
            double[] reads = new double[TIMED];
            Answer raw = null;
            Answer downsampled = null;
            for (int i = 0; i < TIMED; i++) {
                raw = Answer.write(series, dayRange, fields, null);
                days[i] = raw.seconds();
                downsampled = Answer.write(series, yearRange, fields, POINTS);
                years[i] = downsampled.seconds();
                long began = System.nanoTime();
                store.reader().forEach(SimulatedYear.CONTROLLER, yearRange.from(), yearRange.to(), poll -> {});
                reads[i] = (System.nanoTime() - began) / 1e9;
            }
            String span = year.days() == 365 ? "a year" : year.days() + " days";
            Figure.atMost(
                            "chart: a day of 4 fields raw (2,880 points), median of " + TIMED,
                            median(days),
                            "s",
                            DAY_SECONDS)
                    .print();
            Figure.info("chart: a day of 4 fields raw, the first in the JVM", firstDay.seconds(), "s")
                    .print();
            Figure.info("chart: a day of 4 fields raw, answer", raw.bytes() / 1e3, "kB")
                    .print();
            Figure year1000 = Figure.atMost(
                            "chart: " + span + " of 4 fields at 1,000 points, median of " + TIMED,
                            median(years),
                            "s",
                            YEAR_SECONDS * year.days() / 365)
                    .print();
            Figure.info("chart: " + span + " at 1,000 points, the first in the JVM", firstYear.seconds(), "s")
                    .print();
            Figure.info(
                            "chart: " + span + " at 1,000 points, polls read per second",
                            downsampled.polls() / median(years),
                            "polls/s")
                    .print();
            Figure.info("chart: " + span + " at 1,000 points, answer", downsampled.bytes() / 1e3, "kB")
                    .print();
            Figure.info(
                            "chart: " + span + "'s polls read alone (PollReader.forEach), median of " + TIMED,
                            median(reads),
                            "s")
                    .print();
            System.err.printf(
                    "chart: heap limit %d MB; day %s s; year %s s; read alone %s s; year answer: %d points, at most %d"
                            + " values of a field, %d polls read%n",
                    Runtime.getRuntime().maxMemory() / 1_000_000,
                    Arrays.toString(days),
                    Arrays.toString(years),
                    Arrays.toString(reads),
                    downsampled.points(),
                    downsampled.mostValues(),
                    downsampled.polls());
            check("a day raw", raw, raw.points() == StorageBenchmark.DAY && raw.mostValues() == StorageBenchmark.DAY);
            check(
                    span + " at 1,000 points",
                    downsampled,
                    downsampled.mostValues() <= POINTS
                            && downsampled.mostValues() > POINTS / 2
                            && downsampled.polls() == year.polls());
            if (year1000.missed()) {
                Figure.note(String.format(
                        Locale.ROOT,
                        "chart: the downsampled year is bound by reading its polls: the whole read (PollReader.forEach,"
                                + " every value of each poll) takes %.1f s, the downsampled answer %.1f s",
                        median(reads),
                        median(years)));
            }
        }
    }

    private static double median(double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Fails the benchmark when an answer does not hold what it should. */
    private static void check(String what, Answer answer, boolean right) {
        if (!right) {
            throw new IllegalStateException("wrong answer for " + what + ": " + answer.points() + " points, at most "
                    + answer.mostValues() + " values of a field, " + answer.polls() + " polls read");
        }
    }

    /**
     * One answer as the resource writes it, read back: its points, the most values one field has among them, the
     * polls it read (-1 when not downsampled), its size and time.
     */
    record Answer(int points, int mostValues, long polls, long bytes, double seconds) {

        static Answer write(SeriesJson series, TimeRange range, List<Field> fields, Integer points) {
            var out = new ByteArrayOutputStream(1 << 20);
            long start = System.nanoTime();
            series.write(out, SimulatedYear.CONTROLLER, range, fields, points);
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonObject json;
            try (var reader = Json.createReader(new ByteArrayInputStream(out.toByteArray()))) {
                json = reader.readObject();
            }
            JsonObject downsampled = json.getJsonObject("downsampled");
            long polls = downsampled == null
                    ? -1
                    : downsampled.getJsonNumber("polls").longValue();
            JsonArray kept = json.getJsonArray("points");
            Map<String, Integer> values = new HashMap<>();
            kept.forEach(point -> ((JsonObject) point)
                    .getJsonObject("values")
                    .keySet()
                    .forEach(field -> values.merge(field, 1, Integer::sum)));
            int most =
                    values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            return new Answer(kept.size(), most, polls, out.size(), seconds);
        }
    }
}
