package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.readings.entity.PollFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed polls in the product's store on a real SQLite file: written with the polls, read back, aged out. */
class FailedPollsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant DAY_AFTER = T0.plus(Duration.ofDays(1));

    @TempDir
    Path directory;

    private static List<ControllerPoll> polls(String controller, int from, int count) {
        Snapshot base = TestSnapshots.dump(TestSnapshots.BOUNI, T0);
        var random = new SplittableRandom(from);
        return IntStream.range(from, from + count)
                .mapToObj(
                        i -> new ControllerPoll(controller, TestSnapshots.noisy(base, random, T0.plusSeconds(30L * i))))
                .toList();
    }

    private static PollFailure failure(String controller, long seconds, String reason) {
        return new PollFailure(controller, T0.plusSeconds(seconds), reason);
    }

    @Test
    void failuresStoredWithPollsAreReadBackPerControllerInTimeOrderWithinTheRange() throws Exception {
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            standalone
                    .store()
                    .store(
                            polls("cellar", 3, 2),
                            List.of(
                                    failure("cellar", 60, "connection refused"),
                                    failure("annex", 45, "timeout"),
                                    failure("cellar", 30, "an answer of only 12 values was rejected"),
                                    failure("cellar", 0, "timeout")));

            assertThat(standalone.reader().failedPolls("cellar", T0.plusSeconds(30), DAY_AFTER))
                    .containsExactly(
                            failure("cellar", 30, "an answer of only 12 values was rejected"),
                            failure("cellar", 60, "connection refused"));
            assertThat(standalone.reader().failedPolls("annex", T0, DAY_AFTER))
                    .containsExactly(failure("annex", 45, "timeout"));
            assertThat(standalone.reader().failedPolls("garage", T0, DAY_AFTER)).isEmpty();
            assertThat(standalone.reader().count()).isEqualTo(2);
        }
    }

    @Test
    void aFailureStoredAlreadyIsSkippedAndKeepsItsFirstReason() throws Exception {
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            standalone.store().store(List.of(), List.of(failure("cellar", 30, "timeout")));
            // again, as after a write whose outcome was not known, and twice in one batch
            standalone
                    .store()
                    .store(
                            polls("cellar", 2, 1),
                            List.of(
                                    failure("cellar", 30, "connection refused"),
                                    failure("cellar", 45, "timeout"),
                                    failure("cellar", 45, "timeout")));

            assertThat(standalone.reader().failedPolls("cellar", T0, DAY_AFTER))
                    .containsExactly(failure("cellar", 30, "timeout"), failure("cellar", 45, "timeout"));
        }
    }

    @Test
    void failuresPastRetentionAreDeletedWithThePolls() throws Exception {
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            standalone
                    .store()
                    .store(
                            polls("cellar", 0, 10),
                            List.of(
                                    failure("cellar", 15, "timeout"),
                                    failure("cellar", 135, "timeout"),
                                    failure("cellar", 150, "timeout")));
            // a controller whose polls all failed since: only failures are left to age out
            standalone
                    .store()
                    .store(List.of(), List.of(failure("annex", 100, "timeout"), failure("annex", 200, "timeout")));

            assertThat(standalone.store().deleteBefore(T0.plusSeconds(150), 3)).isEqualTo(5);

            assertThat(standalone.reader().failedPolls("cellar", T0, DAY_AFTER))
                    .containsExactly(failure("cellar", 150, "timeout"));
            assertThat(standalone.reader().failedPolls("annex", T0, DAY_AFTER))
                    .containsExactly(failure("annex", 200, "timeout"));
        }
    }

    @Test
    void theFirstPollTimeIsTheOldestStoredPollOfThatController() throws Exception {
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            assertThat(standalone.reader().firstPollTime("cellar")).isEmpty();
            // a controller that has only ever failed has no first poll yet
            standalone.store().store(List.of(), List.of(failure("cellar", 0, "timeout")));
            assertThat(standalone.reader().firstPollTime("cellar")).isEmpty();

            standalone.store().store(polls("cellar", 4, 3));
            standalone.store().store(polls("cellar", 2, 1));
            standalone.store().store(polls("annex", 1, 1));

            assertThat(standalone.reader().firstPollTime("cellar")).contains(T0.plusSeconds(60));
            assertThat(standalone.reader().firstPollTime("annex")).contains(T0.plusSeconds(30));
        }
    }

    @Test
    void aFailureWithoutAMessageIsStoredWithAnUnknownReason() throws Exception {
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            standalone.store().store(List.of(), List.of(failure("cellar", 0, null), failure("cellar", 30, " ")));

            assertThat(standalone.reader().failedPolls("cellar", T0, DAY_AFTER))
                    .extracting(PollFailure::reason)
                    .containsExactly("unknown", "unknown");
        }
    }
}
