package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The buffer with a real spill file and a database that takes or refuses writes as the test says. */
class PollBufferTest {

    private static final Instant T0 = Instant.parse("2025-01-13T06:00:00Z");

    @TempDir
    Path directory;

    private final Snapshot dump = TestSnapshots.dump(TestSnapshots.BOUNI, T0);
    private final Database database = new Database();
    private SpillFile spill;

    @AfterEach
    void closeSpill() throws IOException {
        if (spill != null) {
            spill.close();
        }
    }

    @Test
    void writesPollsInTheOrderTheyCameAndKeepsNothingBack() throws IOException {
        var buffer = new PollBuffer(database, spill(), 100);
        List<ControllerPoll> polls = polls(0, 3);
        polls.forEach(buffer::accept);

        assertThat(buffer.flush()).isTrue();

        assertThat(database.stored).containsExactlyElementsOf(polls);
        assertThat(buffer.size()).isZero();
        assertThat(buffer.spilled()).isZero();
        assertThat(buffer.failingSince()).isNull();
    }

    @Test
    void writesManyPollsInBatches() throws IOException {
        var buffer = new PollBuffer(database, spill(), 2_000);
        List<ControllerPoll> polls = polls(0, 1_200);
        polls.forEach(buffer::accept);

        buffer.flush();

        assertThat(database.stored).containsExactlyElementsOf(polls);
        assertThat(database.batches).containsExactly(500, 500, 200);
    }

    @Test
    void movesPollsToTheSpillFileWhileTheDatabaseRefusesAndWritesThemFirstOnceItTakesThemAgain() throws IOException {
        var buffer = new PollBuffer(database, spill(), 100);
        database.refusing = true;
        polls(0, 2).forEach(buffer::accept);
        assertThat(buffer.flush()).isFalse();
        polls(2, 4).forEach(buffer::accept);
        buffer.flush();

        assertThat(buffer.size()).isZero();
        assertThat(buffer.spilled()).isEqualTo(4);
        assertThat(buffer.spillBytes()).isPositive();
        assertThat(buffer.failingSince()).isNotNull();

        database.refusing = false;
        polls(4, 5).forEach(buffer::accept);
        assertThat(buffer.flush()).isTrue();

        assertThat(database.stored).containsExactlyElementsOf(polls(0, 5));
        assertThat(buffer.spilled()).isZero();
        assertThat(buffer.failingSince()).isNull();
    }

    @Test
    void writesTheSpillFileOfAnEarlierRunBeforeNewPolls() throws IOException {
        try (var earlier = new SpillFile(directory.resolve("polls.spill"))) {
            for (ControllerPoll poll : polls(0, 2)) {
                earlier.append(poll);
            }
        }
        var buffer = new PollBuffer(database, spill(), 100);
        polls(2, 3).forEach(buffer::accept);

        buffer.flush();

        assertThat(database.stored).containsExactlyElementsOf(polls(0, 3));
        assertThat(buffer.spilled()).isZero();
    }

    @Test
    void keepsPollsInMemoryWithoutASpillFile() {
        var buffer = new PollBuffer(database, null, 100);
        database.refusing = true;
        polls(0, 3).forEach(buffer::accept);

        assertThat(buffer.flush()).isFalse();
        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.spilled()).isZero();
        assertThat(buffer.spillBytes()).isZero();

        database.refusing = false;
        assertThat(buffer.flush()).isTrue();
        assertThat(database.stored).containsExactlyElementsOf(polls(0, 3));
    }

    @Test
    void keepsPollsInMemoryWhenTheSpillFileIsNotWritableEither() throws IOException {
        var buffer = new PollBuffer(database, spill(), 100);
        database.refusing = true;
        // a closed file refuses appends as a full disk does
        spill.close();
        spill = null;
        polls(0, 3).forEach(buffer::accept);

        assertThat(buffer.flush()).isFalse();

        assertThat(buffer.size()).isEqualTo(3);
        database.refusing = false;
        buffer.flush();
        assertThat(database.stored).containsExactlyElementsOf(polls(0, 3));
    }

    @Test
    void dropsTheOldestPollsOnceMemoryIsFullAndNothingCanBeWritten() {
        var buffer = new PollBuffer(database, null, 3);
        database.refusing = true;
        polls(0, 5).forEach(buffer::accept);
        buffer.flush();

        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.dropped()).isEqualTo(2);
        database.refusing = false;
        buffer.flush();
        assertThat(database.stored).containsExactlyElementsOf(polls(2, 5));
    }

    @Test
    void triesASinglePollOfTheSpillFilePerFlushWhileTheDatabaseRefuses() throws IOException {
        try (var earlier = new SpillFile(directory.resolve("polls.spill"))) {
            for (ControllerPoll poll : polls(0, 1_200)) {
                earlier.append(poll);
            }
        }
        var buffer = new PollBuffer(database, spill(), 100);
        database.refusing = true;
        buffer.flush();
        database.offered.clear();

        // an outage: a poll at every tick, and a flush trying the database each time
        for (int tick = 1_200; tick < 1_205; tick++) {
            polls(tick, tick + 1).forEach(buffer::accept);
            assertThat(buffer.flush()).isFalse();
        }

        // the oldest spilled poll, not the file: a flush during an outage reads one record
        assertThat(database.offered).containsExactly(1, 1, 1, 1, 1);
        assertThat(buffer.spilled()).isEqualTo(1_205);

        database.refusing = false;
        assertThat(buffer.flush()).isTrue();
        assertThat(database.stored).containsExactlyElementsOf(polls(0, 1_205));
        assertThat(database.batches).containsExactly(1, 500, 500, 204);
        assertThat(buffer.spilled()).isZero();
    }

    @Test
    void aReplayThatStopsHalfwayGoesOnWhereItStoppedAfterARestart() throws IOException {
        Path file = directory.resolve("polls.spill");
        try (var earlier = new SpillFile(file)) {
            for (ControllerPoll poll : polls(0, 1_300)) {
                earlier.append(poll);
            }
        }
        var buffer = new PollBuffer(database, spill(), 100);
        database.refuseAfter = 2;

        assertThat(buffer.flush()).isFalse();
        assertThat(database.stored).containsExactlyElementsOf(polls(0, 1_000));
        spill.close();
        database.refuseAfter = Integer.MAX_VALUE;
        var restarted = new PollBuffer(database, spill(), 100);
        assertThat(restarted.spilled()).isEqualTo(300);

        assertThat(restarted.flush()).isTrue();

        assertThat(database.stored).containsExactlyElementsOf(polls(0, 1_300));
        assertThat(restarted.spilled()).isZero();
    }

    @Test
    void closingSpillsWhatIsInMemoryAndReleasesTheSpillFile() throws IOException {
        Path file = directory.resolve("polls.spill");
        var buffer = new PollBuffer(database, spill(), 100);
        database.refusing = true;
        polls(0, 3).forEach(buffer::accept);

        buffer.close();

        try (var reopened = new SpillFile(file)) {
            assertThat(reopened.count()).isEqualTo(3);
        }
        spill = null;
    }

    @Test
    void closingLogsThePollsThatReachNeitherTheDatabaseNorTheSpillFileAsAnError() {
        var buffer = new PollBuffer(database, null, 100);
        database.refusing = true;
        polls(0, 3).forEach(buffer::accept);

        try (var log = CapturedLog.of(PollBuffer.class)) {
            buffer.close();

            assertThat(log.errors())
                    .singleElement()
                    .asString()
                    .contains("3 polls")
                    .contains("lost");
        }
    }

    @Test
    void aPollThatComesAfterCloseIsLoggedAsLost() {
        var buffer = new PollBuffer(database, null, 100);
        buffer.close();

        try (var log = CapturedLog.of(PollBuffer.class)) {
            polls(0, 1).forEach(buffer::accept);

            assertThat(log.errors())
                    .singleElement()
                    .asString()
                    .contains("after shutdown")
                    .contains("lost");
        }
        assertThat(buffer.flush()).isFalse();
        assertThat(database.offered).isEmpty();
    }

    private SpillFile spill() throws IOException {
        spill = new SpillFile(directory.resolve("polls.spill"));
        return spill;
    }

    /** Polls number from (inclusive) to (exclusive), 30 s apart; the same numbers give equal polls. */
    private List<ControllerPoll> polls(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(n -> new ControllerPoll(
                        "heatpump", TestSnapshots.noisy(dump, new SplittableRandom(n), T0.plusSeconds(30L * n))))
                .toList();
    }

    /** What the database took, batch by batch; while refusing, it takes nothing, as a rolled-back write. */
    static final class Database implements PollBuffer.Writer {
        final List<ControllerPoll> stored = new ArrayList<>();
        final List<Integer> batches = new ArrayList<>();
        /** The size of every write tried, taken or not. */
        final List<Integer> offered = new ArrayList<>();

        boolean refusing;
        /** Refuses once it took this many batches. */
        int refuseAfter = Integer.MAX_VALUE;

        @Override
        public void store(List<ControllerPoll> snapshots) throws StoreException {
            offered.add(snapshots.size());
            if (refusing || batches.size() >= refuseAfter) {
                throw new StoreException("database write failed: database is locked", null);
            }
            stored.addAll(snapshots);
            batches.add(snapshots.size());
        }
    }
}
