package bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;

/**
 * Bytes per poll: a simulated winter week at 30 s (20,160 polls of the current-firmware model) stored as the
 * product stores it ({@link PollFile}) in a real SQLite file, measured after a WAL checkpoint, so rows, pages
 * and the keyframe table are included. The file is left behind for {@link ReportBenchmark}.
 *
 * <p>Commits once per simulated hour: the size does not depend on it, and 20,160 separate {@code FULL}
 * commits would only measure the disk, which {@link PollRateBenchmark} does.
 *
 * <p>Usage: {@code StorageBenchmark [database file]} (default {@code target/bench/week.db}).
 */
public final class StorageBenchmark {

    /** A winter week: the heat pump runs most, so the most values move. */
    static final Instant MONDAY = Instant.parse("2025-01-13T00:00:00Z");

    static final Duration INTERVAL = Duration.ofSeconds(30);
    static final int DAY = 2_880;
    static final int WEEK = 7 * DAY;
    static final long SEED = 42;
    private static final double BUDGET = 200;
    private static final int POLLS_PER_YEAR = 365 * DAY;

    private StorageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/week.db");
        long start = System.nanoTime();
        Week week;
        long bytes;
        try (PollFile polls = PollFile.create(file)) {
            week = write(polls);
            bytes = polls.checkpointedBytes();
        }
        double perPoll = bytes / (double) WEEK;
        double payload = week.payloadBytes() / (double) WEEK;
        Figure stored = Figure.atMost("storage: SQLite file per poll (simulated week, 30 s)", perPoll, "B/poll", BUDGET)
                .print();
        Figure.info("storage: payload per poll (keyframes + deltas)", payload, "B/poll")
                .print();
        Figure.info("storage: values changed per poll (of " + week.values() + ")", week.changedPerPoll(), "values")
                .print();
        Figure.info("storage: values differing from their keyframe", week.sinceKeyframePerPoll(), "values")
                .print();
        Figure.info("storage: a year at 30 s", perPoll * POLLS_PER_YEAR / 1e6, "MB")
                .print();
        System.err.printf(
                "storage: %d polls, %d keyframes, %d bytes in %s, %.1f s%n",
                WEEK, week.keyframes(), bytes, file, (System.nanoTime() - start) / 1e9);
        if (stored.missed()) {
            Figure.note("storage misses its budget with " + week.keyframes() + " keyframes in the week and "
                    + Figure.format(week.changedPerPoll()) + " values changing per poll: the deltas are too large");
        }
    }

    /** What writing the week showed, beside the file. */
    record Week(int values, double changedPerPoll, double sinceKeyframePerPoll, long keyframes, long payloadBytes) {}

    /** Writes the week into an empty file, committing every simulated hour. */
    static Week write(PollFile polls) throws Exception {
        var model = new HeatPumpModel(Profile.CURRENT, SEED, MONDAY);
        long changed = 0;
        long sinceKeyframe = 0;
        Snapshot previous = null;
        for (int i = 0; i < WEEK; i++) {
            Snapshot snapshot = model.snapshotAt(MONDAY.plus(INTERVAL.multipliedBy(i)));
            polls.append(snapshot);
            changed += previous == null ? 0 : snapshot.differences(previous);
            sinceKeyframe += snapshot.differences(polls.keyframe());
            previous = snapshot;
            if ((i + 1) % 120 == 0) {
                polls.commit();
            }
        }
        polls.commit();
        return new Week(
                previous.size(),
                changed / (WEEK - 1.0),
                sinceKeyframe / (double) WEEK,
                polls.keyframes(),
                polls.payloadBytes());
    }
}
