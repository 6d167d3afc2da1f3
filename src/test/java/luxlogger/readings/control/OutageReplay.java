package luxlogger.readings.control;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;

/**
 * One long outage, measured: a spill file of many polls written by the product's {@link SpillFile}, then
 * replayed by the product's {@link PollBuffer} into its {@link PollStore} on a real SQLite file, as after a
 * restart. Counts the polls handed to the store more than once and the polls missing from the database, and
 * the peak live heap during the replay: after every batch the store committed (while the replay still holds
 * it), a full collection, then the heap in use. Run in a JVM with the server's heap ({@link ShippedJvm}).
 *
 * <p>Usage: {@code OutageReplay DIR POLLS INTERVAL_SECONDS [POLLS INTERVAL_SECONDS ...]}; writes each spill file
 * unless {@link #write} wrote it already, and prints one {@link Result#line()} per replay.
 */
public final class OutageReplay {

    private static final Instant T0 = Instant.parse("2025-01-13T00:00:00Z");

    /**
     * @param twice polls handed to a successful store more than once
     * @param lost polls missing from the database afterwards
     * @param seconds the replay without the collections that measure it
     */
    public record Result(int polls, long stored, long twice, long lost, double seconds, long peakLiveHeap) {

        public double rate() {
            return polls / seconds;
        }

        public String line() {
            return String.format(
                    Locale.ROOT, "replay %d %d %d %d %.3f %d", polls, stored, twice, lost, seconds, peakLiveHeap);
        }

        public static Result parse(String line) {
            String[] f = line.split(" ");
            return new Result(
                    Integer.parseInt(f[1]),
                    Long.parseLong(f[2]),
                    Long.parseLong(f[3]),
                    Long.parseLong(f[4]),
                    Double.parseDouble(f[5]),
                    Long.parseLong(f[6]));
        }
    }

    private OutageReplay() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        for (int i = 1; i + 1 < args.length; i += 2) {
            int polls = Integer.parseInt(args[i]);
            Duration interval = Duration.ofSeconds(Long.parseLong(args[i + 1]));
            if (!Files.exists(spillFile(directory, polls))) {
                write(directory, polls, interval);
            }
            System.out.println(replay(directory, polls, interval).line());
        }
    }

    /** The spill file of an outage: polls number 0 to polls - 1, appended a batch at a time. */
    public static void write(Path directory, int polls, Duration interval) throws IOException {
        Snapshot dump = TestSnapshots.dump(TestSnapshots.BOUNI, T0);
        try (var spill = new SpillFile(spillFile(directory, polls))) {
            List<ControllerPoll> batch = new ArrayList<>(PollBuffer.BATCH);
            for (int n = 0; n < polls; n++) {
                batch.add(new ControllerPoll("heatpump", poll(dump, n, interval)));
                if (batch.size() == PollBuffer.BATCH || n == polls - 1) {
                    spill.append(batch);
                    batch.clear();
                }
            }
        }
    }

    /** Replays the spill file {@link #write} wrote into a new database, as the first flush after a restart. */
    public static Result replay(Path directory, int polls, Duration interval) throws Exception {
        Path database = directory.resolve(polls + ".db");
        BitSet handed = new BitSet(polls);
        long[] twice = {0};
        long[] peak = {0};
        long[] measuring = {0};
        try (var standalone = new StandaloneStore(database);
                var spill = new SpillFile(spillFile(directory, polls))) {
            PollBuffer.Writer writer = batch -> {
                standalone.store().store(batch);
                for (ControllerPoll poll : batch) {
                    int n = (int) (Duration.between(T0, poll.snapshot().time()).toMillis() / interval.toMillis());
                    twice[0] += handed.get(n) ? 1 : 0;
                    handed.set(n);
                }
                long start = System.nanoTime();
                peak[0] = Math.max(peak[0], liveHeap());
                measuring[0] += System.nanoTime() - start;
            };
            var buffer = new PollBuffer(writer, spill, 2_880);
            long start = System.nanoTime();
            if (!buffer.flush()) {
                throw new IllegalStateException("the replay failed");
            }
            double seconds = (System.nanoTime() - start - measuring[0]) / 1e9;
            buffer.close();
            return new Result(polls, rows(database), twice[0], lost(database, polls, interval), seconds, peak[0]);
        }
    }

    private static Path spillFile(Path directory, int polls) {
        return directory.resolve(polls + ".db.spill");
    }

    /** Poll number n: the dump with values moved, {@code n} intervals after T0; the same n, the same poll. */
    static Snapshot poll(Snapshot dump, int n, Duration interval) {
        return TestSnapshots.noisy(dump, new SplittableRandom(n), T0.plus(interval.multipliedBy(n)));
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rows(Path database) throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + database);
                var rows = db.createStatement().executeQuery("SELECT count(*) FROM poll")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Polls of the spill file not in the database, by their times. */
    private static long lost(Path database, int polls, Duration interval) throws Exception {
        BitSet found = new BitSet(polls);
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + database);
                var rows = db.createStatement().executeQuery("SELECT time FROM poll")) {
            while (rows.next()) {
                long offset = rows.getLong(1) - T0.toEpochMilli();
                if (offset % interval.toMillis() == 0 && offset / interval.toMillis() < polls) {
                    found.set((int) (offset / interval.toMillis()));
                }
            }
        }
        return polls - found.cardinality();
    }
}
