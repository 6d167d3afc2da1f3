package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's polls through the product's store, on a real SQLite file. */
class ImportedPollsTest {

    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @TempDir
    Path directory;

    private static List<Snapshot> polls(int count) {
        Snapshot base = TestSnapshots.dump(TestSnapshots.BOUNI, T0);
        var random = new SplittableRandom(7);
        List<Snapshot> polls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            polls.add(TestSnapshots.noisy(base, random, T0.plusSeconds(30L * i)));
        }
        return polls;
    }

    private static List<Snapshot> read(StandaloneStore standalone) {
        List<Snapshot> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        standalone.reader().forEach("heatpump", T0, T0.plusSeconds(86_400), read::add, problems::add);
        assertThat(problems).isEmpty();
        return read;
    }

    @Test
    void countsThePollsStoredAndThoseAlreadyPresentOrTwiceInTheBatch() throws Exception {
        List<Snapshot> polls = polls(30);
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            standalone.store().store(TestSnapshots.heatpump(polls.subList(0, 10)));
            ImportedPolls imported = standalone.store().imported("heatpump");

            List<Snapshot> batch = new ArrayList<>(polls);
            batch.add(polls.get(20));
            ImportedPolls.Stored stored = imported.store(batch);

            assertThat(stored)
                    .isEqualTo(new ImportedPolls.Stored(
                            20, 11, polls.get(10).time(), polls.get(29).time()));
            assertThat(imported.store(List.of())).isEqualTo(new ImportedPolls.Stored(0, 0, null, null));
            assertThat(read(standalone)).containsExactlyElementsOf(polls);
        }
    }

    @Test
    void aKeyframeThatRetentionDeletedBetweenTwoBatchesIsNotReferredToAgain() throws Exception {
        List<Snapshot> polls = polls(40);
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            ImportedPolls imported = standalone.store().imported("heatpump");
            imported.store(polls.subList(0, 20));
            // polls older than retention: deleted with their keyframe before the next batch comes
            standalone.store().deleteBefore(polls.get(20).time(), 1_000);

            imported.store(polls.subList(20, 40));

            assertThat(read(standalone)).containsExactlyElementsOf(polls.subList(20, 40));
        }
    }

    @Test
    void refusesTheControllerAnotherInstancePollsInASharedDatabase() throws Exception {
        Path file = directory.resolve("polls.db");
        try (var cellar = new StandaloneStore(file)) {
            cellar.store().owners(new PollStore.Owners("heatpump", "cellar"));
            cellar.store().claim(List.of("heatpump"), true);
        }
        try (var annex = new StandaloneStore(file)) {
            annex.store().owners(new PollStore.Owners("heatpump", "annex"));
            annex.store().claim(List.of("garage"), true);

            assertThatThrownBy(() -> annex.store().imported("heatpump").store(polls(2)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("'heatpump', which the instance 'cellar' polls in this database");
            assertThat(annex.reader().count()).isZero();
        }
    }
}
