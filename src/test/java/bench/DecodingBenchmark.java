package bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;

/**
 * Snapshots per second through {@link Decoder#decode(Snapshot)}: every value of a current-firmware snapshot
 * (about 1,800) into a {@link Reading}, as {@code /api/readings/latest} does. Without JMH, so the usual
 * care by hand: 32 different snapshots of a simulated day (one repeated snapshot would let branch
 * prediction learn it), a warm-up long enough for the JIT's final tier, then timed rounds of about a second
 * whose median is reported, and every result folded into a checksum that is printed, so the JIT cannot drop
 * the work.
 *
 * <p>Usage: {@code DecodingBenchmark [warm-up seconds] [rounds]} (default 5 and 7).
 */
public final class DecodingBenchmark {

    private DecodingBenchmark() {}

    public static void main(String[] args) {
        int warmUpSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        var decoder = new Decoder(Catalog.standard());
        Snapshot[] snapshots = day();
        long checksum = 0;
        long warmUpEnd = System.nanoTime() + Duration.ofSeconds(warmUpSeconds).toNanos();
        for (int i = 0; System.nanoTime() < warmUpEnd; i++) {
            checksum += fold(decoder.decode(snapshots[i & 31]));
        }
        double[] perSecond = new double[rounds];
        int values = decoder.decode(snapshots[0]).size();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long end = start + Duration.ofSeconds(1).toNanos();
            int count = 0;
            long now;
            do {
                // a batch of 32 between clock reads keeps nanoTime out of the measurement
                for (int i = 0; i < 32; i++) {
                    checksum += fold(decoder.decode(snapshots[i]));
                }
                count += 32;
                now = System.nanoTime();
            } while (now < end);
            perSecond[round] = count / ((now - start) / 1e9);
        }
        double[] sorted = perSecond.clone();
        Arrays.sort(sorted);
        double median = sorted[rounds / 2];
        System.err.printf(
                "decoding: %s snapshots/s per round, %d values each, checksum %d%n",
                Arrays.toString(Arrays.stream(perSecond).mapToLong(Math::round).toArray()), values, checksum);
        Figure.info("decoding: snapshots decoded (" + values + " values each)", median, "snapshots/s")
                .print();
        Figure.info("decoding: time per snapshot", 1e6 / median, "us").print();
        Figure.info(
                        "decoding: spread of " + rounds + " rounds (max-min)/median",
                        100 * (sorted[rounds - 1] - sorted[0]) / median,
                        "%")
                .print();
    }

    /** 32 snapshots, 45 minutes apart: compressor on and off, day and night. */
    private static Snapshot[] day() {
        var start = Instant.parse("2025-01-13T00:00:00Z");
        var model = new HeatPumpModel(Profile.CURRENT, 42, start);
        Snapshot[] snapshots = new Snapshot[32];
        for (int i = 0; i < snapshots.length; i++) {
            snapshots[i] = model.snapshotAt(start.plus(Duration.ofMinutes(45L * i)));
        }
        return snapshots;
    }

    /** Touches every reading's value, so that none of them is dead code. */
    private static long fold(List<Reading> readings) {
        long sum = readings.size();
        for (Reading reading : readings) {
            Object value = reading.value();
            sum += value == null ? reading.raw() : value.hashCode();
        }
        return sum;
    }
}
