package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillFileTest {

    private static final Instant T0 = Instant.parse("2025-01-13T06:00:00.123456789Z");

    @TempDir
    Path directory;

    private final Snapshot dump = TestSnapshots.dump(TestSnapshots.BOUNI, T0);

    @Test
    void replaysSnapshotsInTheOrderTheyWereAppended() throws IOException {
        List<ControllerPoll> polls = polls(5);
        try (var spill = new SpillFile(directory.resolve("spill"))) {
            for (ControllerPoll poll : polls) {
                spill.append(poll);
            }

            assertThat(readAll(spill)).containsExactlyElementsOf(polls);
            assertThat(spill.count()).isEqualTo(5);
            assertThat(spill.size()).isEqualTo(Files.size(spill.path())).isBetween(5 * 500L, 5 * 1_500L);
        }
    }

    @Test
    void aRecordSpilledByTheSingleControllerVersionIsReadWithoutAName() throws IOException {
        Path file = directory.resolve("polls.db.spill");
        List<ControllerPoll> polls = polls(2);
        // as the version before several controllers wrote them: magic LXS1, no name in the body
        try (var channel =
                java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            for (ControllerPoll poll : polls) {
                channel.write(
                        new SpillRecord(poll.snapshot().time(), null, new SnapshotCodec().keyframe(poll.snapshot()))
                                .frame());
            }
        }
        try (var spill = new SpillFile(file)) {
            assertThat(readAll(spill))
                    .containsExactlyElementsOf(polls.stream()
                            .map(p -> new ControllerPoll(null, p.snapshot()))
                            .toList());
        }
    }

    @Test
    void keepsItsRecordsAcrossARestart() throws IOException {
        Path file = directory.resolve("spill");
        List<ControllerPoll> polls = polls(3);
        try (var spill = new SpillFile(file)) {
            spill.append(polls.get(0));
            spill.append(polls.get(1));
        }
        try (var spill = new SpillFile(file)) {
            spill.append(polls.get(2));

            assertThat(readAll(spill)).containsExactlyElementsOf(polls);
        }
    }

    @Test
    void cutsOffATornLastRecordAndKeepsAllCompleteOnes() throws IOException {
        Path file = directory.resolve("spill");
        List<ControllerPoll> polls = polls(4);
        long complete;
        try (var spill = new SpillFile(file)) {
            for (ControllerPoll poll : polls.subList(0, 3)) {
                spill.append(poll);
            }
            complete = spill.size();
            spill.append(polls.get(3));
        }
        // a crash in the middle of the fourth append: only part of it reached the disk
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) (complete + (bytes.length - complete) / 2)));

        try (var spill = new SpillFile(file)) {
            assertThat(readAll(spill)).containsExactlyElementsOf(polls.subList(0, 3));
            assertThat(spill.size()).isEqualTo(complete).isEqualTo(Files.size(file));

            spill.append(polls.get(3));
            assertThat(readAll(spill)).containsExactlyElementsOf(polls);
        }
    }

    @Test
    void ignoresGarbageAtTheEnd() throws IOException {
        Path file = directory.resolve("spill");
        List<ControllerPoll> polls = polls(2);
        try (var spill = new SpillFile(file)) {
            polls.forEach(poll -> append(spill, poll));
        }
        byte[] garbage = new byte[300];
        new SplittableRandom(1).nextBytes(garbage);
        garbage[0] = 'L';
        Files.write(file, garbage, StandardOpenOption.APPEND);

        try (var spill = new SpillFile(file)) {
            assertThat(readAll(spill)).containsExactlyElementsOf(polls);
            assertThat(spill.count()).isEqualTo(2);
        }
    }

    @Test
    void skipsADamagedRecordInTheMiddleWithoutLosingLaterOnes() throws IOException {
        Path file = directory.resolve("spill");
        List<ControllerPoll> polls = polls(5);
        long secondStart;
        try (var spill = new SpillFile(file)) {
            spill.append(polls.get(0));
            secondStart = spill.size();
            polls.subList(1, 5).forEach(poll -> append(spill, poll));
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) secondStart + 100] ^= 0x10;
        Files.write(file, bytes);

        try (var spill = new SpillFile(file)) {
            List<ControllerPoll> expected = new ArrayList<>(polls);
            expected.remove(1);

            assertThat(readAll(spill)).containsExactlyElementsOf(expected);
            assertThat(spill.count()).isEqualTo(4);
        }
    }

    @Test
    void isEmptyAfterClear() throws IOException {
        Path file = directory.resolve("spill");
        try (var spill = new SpillFile(file)) {
            polls(3).forEach(poll -> append(spill, poll));

            spill.clear();

            assertThat(readAll(spill)).isEmpty();
            assertThat(spill.count()).isZero();
            assertThat(spill.size()).isZero();
            assertThat(Files.size(file)).isZero();
        }
    }

    @Test
    void refusesASecondWriterOnTheSameFile() throws IOException {
        Path file = directory.resolve("spill");
        try (var spill = new SpillFile(file)) {
            assertThatThrownBy(() -> new SpillFile(file))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void readsInBatchesFromWhereTheLastStoredBatchEndedAndEmptiesOnceAllAreStored() throws IOException {
        Path file = directory.resolve("spill");
        List<ControllerPoll> polls = polls(5);
        try (var spill = new SpillFile(file)) {
            polls.forEach(poll -> append(spill, poll));

            spill.stored(spill.next(2));
            SpillFile.Batch second = spill.next(2);
            assertThat(second.snapshots()).containsExactlyElementsOf(polls.subList(2, 4));
            assertThat(spill.count()).isEqualTo(3);
            // not stored yet: the same batch again
            assertThat(spill.next(2).snapshots()).containsExactlyElementsOf(second.snapshots());

            spill.stored(second);
            SpillFile.Batch last = spill.next(2);
            assertThat(last.snapshots()).containsExactly(polls.get(4));
            spill.stored(last);

            assertThat(spill.count()).isZero();
            assertThat(spill.next(2).snapshots()).isEmpty();
            assertThat(Files.size(file)).isZero();
        }
    }

    @Test
    void keepsTheReplayPositionAcrossARestart() throws IOException {
        Path file = directory.resolve("spill");
        List<ControllerPoll> polls = polls(5);
        try (var spill = new SpillFile(file)) {
            polls.forEach(poll -> append(spill, poll));
            spill.stored(spill.next(3));
        }

        try (var spill = new SpillFile(file)) {
            assertThat(spill.count()).isEqualTo(2);
            assertThat(spill.next(10).snapshots()).containsExactlyElementsOf(polls.subList(3, 5));
            // the whole file still, for a reader such as the command line's collect
            assertThat(readAll(spill)).containsExactlyElementsOf(polls);
        }
    }

    @Test
    void replaysFromTheStartWhenTheReplayPositionIsDamaged() throws IOException {
        Path file = directory.resolve("spill");
        List<ControllerPoll> polls = polls(4);
        try (var spill = new SpillFile(file)) {
            polls.forEach(poll -> append(spill, poll));
            spill.stored(spill.next(2));
        }
        Path position = Path.of(file + ".replayed");
        byte[] bytes = Files.readAllBytes(position);
        bytes[3] ^= 0x01;
        Files.write(position, bytes);

        try (var spill = new SpillFile(file)) {
            assertThat(spill.count()).isEqualTo(4);
            assertThat(spill.next(10).snapshots()).containsExactlyElementsOf(polls);
        }
    }

    @Test
    void replaysAReplacedShorterFileFromItsStartAndForgetsTheOldPositionAtOnce() throws IOException {
        Path file = directory.resolve("spill");
        List<ControllerPoll> polls = polls(4);
        long first;
        try (var spill = new SpillFile(file)) {
            append(spill, polls.get(0));
            first = spill.size();
            polls.subList(1, 4).forEach(poll -> append(spill, poll));
            spill.stored(spill.next(3));
        }
        // e.g. restored from a backup: only the first record, shorter than the stored position
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), (int) first));

        try (var spill = new SpillFile(file)) {
            assertThat(spill.count()).isEqualTo(1);
            polls.subList(1, 4).forEach(poll -> append(spill, poll));
        }
        try (var spill = new SpillFile(file)) {
            assertThat(spill.count()).isEqualTo(4);
            assertThat(spill.next(10).snapshots()).containsExactlyElementsOf(polls);
        }
    }

    @Test
    void opensAgainOnceClosed() throws IOException {
        Path file = directory.resolve("spill");
        var first = new SpillFile(file);
        first.append(polls(1).get(0));
        first.close();
        first.close();

        try (var second = new SpillFile(file)) {
            assertThat(second.count()).isEqualTo(1);
        }
    }

    /** Polls 30 s apart, each with other values, times with nanoseconds to show they are kept exactly. */
    private List<ControllerPoll> polls(int count) {
        var random = new SplittableRandom(42);
        List<ControllerPoll> polls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // two controllers, so that each poll's name is shown to come back with it
            polls.add(new ControllerPoll(
                    i % 2 == 0 ? "cellar" : "annex", TestSnapshots.noisy(dump, random, T0.plusSeconds(30L * i))));
        }
        return polls;
    }

    private static List<ControllerPoll> readAll(SpillFile spill) throws IOException {
        List<ControllerPoll> all = new ArrayList<>();
        spill.forEach(all::add);
        return all;
    }

    private static void append(SpillFile spill, ControllerPoll poll) {
        try {
            spill.append(poll);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
