package bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
import luxlogger.simulator.control.SimulatorOptions;

/**
 * The highest sustained poll rate: {@link Connector#read()} against an in-process {@link Simulator} on
 * loopback, each snapshot encoded and committed on its own to SQLite ({@code synchronous=FULL}, one
 * transaction per poll as the product's writer does while it keeps up), back to back for a fixed time.
 * Reads and commits are timed apart, so the table says which of the two limits the rate.
 *
 * <p>Usage: {@code PollRateBenchmark [database file] [seconds]} (default {@code target/bench/rate.db}, 10).
 */
public final class PollRateBenchmark {

    /** A poll every second is the fastest the product can be configured to (INTERVAL_SEC=1). */
    private static final double NEEDED = 1;

    private PollRateBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/rate.db");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (var simulator = new Simulator(SimulatorOptions.of(Profile.CURRENT).withSpeed(60));
                PollFile polls = PollFile.create(file)) {
            var connector = new Connector("127.0.0.1", simulator.port(), Duration.ofSeconds(5), 0, Duration.ZERO);
            // warm-up: class loading, JIT, the first keyframe and SQLite's first pages
            long warmUpEnd = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < warmUpEnd) {
                polls.append(connector.read());
                polls.commit();
            }
            int capacity = 1 << 20;
            long[] reads = new long[capacity];
            long[] stores = new long[capacity];
            int count = 0;
            long start = System.nanoTime();
            long end = start + Duration.ofSeconds(seconds).toNanos();
            long now = start;
            while (now < end && count < capacity) {
                Snapshot snapshot = connector.read();
                long read = System.nanoTime();
                polls.append(snapshot);
                polls.commit();
                long stored = System.nanoTime();
                reads[count] = read - now;
                stores[count] = stored - read;
                count++;
                now = stored;
            }
            double rate = count / ((now - start) / 1e9);
            long[] readTimes = Arrays.copyOf(reads, count);
            long[] storeTimes = Arrays.copyOf(stores, count);
            Arrays.sort(readTimes);
            Arrays.sort(storeTimes);
            double readMedian = readTimes[count / 2] / 1e6;
            double storeMedian = storeTimes[count / 2] / 1e6;
            System.err.printf(
                    "poll rate: %d polls in %.1f s, read p50 %.2f ms p99 %.2f ms, store p50 %.2f ms"
                            + " p99 %.2f ms, %d keyframes, simulator complete reads %d%n",
                    count,
                    (now - start) / 1e9,
                    readMedian,
                    readTimes[count * 99 / 100] / 1e6,
                    storeMedian,
                    storeTimes[count * 99 / 100] / 1e6,
                    polls.keyframes(),
                    simulator.completeReads());
            Figure.atLeast("poll rate: read + encode + commit, sustained " + seconds + " s", rate, "polls/s", NEEDED)
                    .print();
            Figure.info("poll rate: read over loopback, median", readMedian, "ms")
                    .print();
            Figure.info("poll rate: encode + commit (FULL), median", storeMedian, "ms")
                    .print();
            Figure.info("poll rate: encode + commit (FULL), 99th percentile", storeTimes[count * 99 / 100] / 1e6, "ms")
                    .print();
            String bound = storeMedian > readMedian
                    ? "the commit, i.e. the disk's fsync"
                    : "the read: three request/answer round trips for ~7 KB, the in-process simulator rendering its"
                            + " model included";
            Figure.note(String.format(
                    java.util.Locale.ROOT,
                    "poll rate is bound by %s (%.2f ms of %.2f ms per poll)",
                    bound,
                    Math.max(storeMedian, readMedian),
                    readMedian + storeMedian));
        }
    }
}
