package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long outages replayed from the spill file through the product's own {@link PollBuffer} into its own
 * {@link PollStore} on a real SQLite file: every poll once, in memory that does not grow with the file.
 */
class SpillReplayTest {

    private static final Logger LOG = System.getLogger(SpillReplayTest.class.getName());
    private static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    /**
     * A week at 30 s and a day at 1 s, in a JVM with the server's heap and collector: the day's file is four
     * times the week's, and would not fit that heap decoded.
     */
    @Test
    void replaysAWeekAndADayOfSpilledPollsOnceEachInAHeapThatDoesNotGrowWithTheFile() throws Exception {
        // written here, where the compiler is faster: only the replay is measured
        OutageReplay.write(directory, 20_160, THIRTY_SECONDS);
        OutageReplay.write(directory, 86_400, Duration.ofSeconds(1));
        Path log = directory.resolve("replay.log");
        Process replay = new ProcessBuilder(
                        ShippedJvm.command(OutageReplay.class, directory.toString(), "20160", "30", "86400", "1"))
                .redirectError(log.toFile())
                .start();
        List<String> out;
        try (var lines = replay.inputReader()) {
            out = lines.lines().toList();
        }
        assertThat(replay.waitFor(5, TimeUnit.MINUTES)).isTrue();
        // an OutOfMemoryError ends it with "Terminating due to java.lang.OutOfMemoryError" on standard output
        assertThat(replay.exitValue())
                .as(String.join("\n", out) + "\n" + tail(log))
                .isZero();

        List<OutageReplay.Result> results = out.stream()
                .filter(line -> line.startsWith("replay "))
                .map(OutageReplay.Result::parse)
                .toList();
        assertThat(results).hasSize(2).allSatisfy(result -> {
            assertThat(result.stored()).isEqualTo(result.polls());
            assertThat(result.lost()).isZero();
            assertThat(result.twice()).isZero();
        });
        OutageReplay.Result week = results.get(0);
        OutageReplay.Result day = results.get(1);
        LOG.log(
                Level.INFO,
                "Replayed {0} polls at {1} polls/s with a peak live heap of {2} kB, {3} at {4} polls/s with {5} kB",
                week.polls(),
                Math.round(week.rate()),
                week.peakLiveHeap() / 1024,
                day.polls(),
                Math.round(day.rate()),
                day.peakLiveHeap() / 1024);
        assertThat(day.peakLiveHeap()).isLessThanOrEqualTo(week.peakLiveHeap() * 11 / 10);
    }

    @Test
    void aReplayThatDiesHalfwayGoesOnWhereItStoppedAndStoresEveryPollOnce() throws Exception {
        Path spillPath = directory.resolve("polls.db.spill");
        Snapshot dump = TestSnapshots.dump(TestSnapshots.BOUNI, Instant.EPOCH);
        List<Snapshot> polls = IntStream.range(0, 1_300)
                .mapToObj(n -> OutageReplay.poll(dump, n, THIRTY_SECONDS))
                .toList();
        try (var spill = new SpillFile(spillPath)) {
            for (ControllerPoll poll : TestSnapshots.heatpump(polls)) {
                spill.append(poll);
            }
        }
        Map<Instant, Integer> committed = new HashMap<>();
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            PollBuffer.Writer store = batch -> {
                standalone.store().store(batch);
                batch.forEach(poll -> committed.merge(poll.snapshot().time(), 1, Integer::sum));
            };
            int[] batches = {0};
            PollBuffer.Writer dying = batch -> {
                if (batches[0]++ == 2) {
                    throw new IllegalStateException("the process dies here");
                }
                store.store(batch);
            };
            var first = new SpillFile(spillPath);
            assertThatThrownBy(() -> new PollBuffer(dying, first, 100).flush()).hasMessageContaining("dies");
            assertThat(committed).hasSize(1_000);
            // the process is gone, and its lock with it
            first.close();

            try (var again = new SpillFile(spillPath)) {
                assertThat(again.count()).isEqualTo(300);
                assertThat(new PollBuffer(store, again, 100).flush()).isTrue();
            }

            assertThat(committed)
                    .hasSize(1_300)
                    .allSatisfy((time, times) ->
                            assertThat(times).as("commits of %s", time).isOne());
            List<Snapshot> stored = new ArrayList<>();
            standalone.reader().forEach("heatpump", Instant.EPOCH, Instant.parse("2025-01-13T12:00:00Z"), stored::add);
            assertThat(stored).containsExactlyElementsOf(polls);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
