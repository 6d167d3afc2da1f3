package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polls of several controllers in one database: apart in everything, though read at the same instants. */
class SeveralControllersTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path directory;

    /** Polls of a controller at 30 s steps; each controller's values differ from the other's. */
    private static List<Snapshot> polls(String dump, long seed, int count) {
        Snapshot base = TestSnapshots.dump(dump, T0);
        var random = new SplittableRandom(seed);
        List<Snapshot> polls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            polls.add(TestSnapshots.noisy(base, random, T0.plusSeconds(30L * i)));
        }
        return polls;
    }

    private static List<ControllerPoll> named(String controller, List<Snapshot> snapshots) {
        return snapshots.stream().map(s -> new ControllerPoll(controller, s)).toList();
    }

    private static List<Snapshot> read(StandaloneStore standalone, String controller) {
        List<Snapshot> read = new ArrayList<>();
        standalone.reader().forEach(controller, T0, T0.plus(Duration.ofDays(1)), read::add);
        return read;
    }

    @Test
    void pollsOfTwoControllersAtTheSameInstantsAreStoredAndReadApart() throws Exception {
        List<Snapshot> cellar = polls(TestSnapshots.BOUNI, 1, 200);
        List<Snapshot> annex = polls(TestSnapshots.COOLCHIP, 2, 200);
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            // interleaved in one batch, as the shared writer hands them over
            List<ControllerPoll> batch = new ArrayList<>();
            for (int i = 0; i < cellar.size(); i++) {
                batch.add(new ControllerPoll("cellar", cellar.get(i)));
                batch.add(new ControllerPoll("annex", annex.get(i)));
            }
            standalone.store().store(batch.subList(0, 150));
            standalone.store().store(batch.subList(100, batch.size())); // 50 again, as a replay would

            assertThat(read(standalone, "cellar")).containsExactlyElementsOf(cellar);
            assertThat(read(standalone, "annex")).containsExactlyElementsOf(annex);
            assertThat(standalone.reader().count()).isEqualTo(400);
            assertThat(standalone.reader().latest("annex")).contains(annex.get(annex.size() - 1));
            assertThat(standalone.reader().latest("nobody")).isEmpty();
            assertThat(standalone.reader().controllers())
                    .extracting(PollReader.StoredPolls::name, PollReader.StoredPolls::firmware)
                    .containsExactly(
                            tuple("annex", Decoder.firmware(annex.get(0))),
                            tuple("cellar", Decoder.firmware(cellar.get(0))));
        }
    }

    @Test
    void aRestartContinuesEachControllerFromItsOwnNewestPoll() throws Exception {
        Path file = directory.resolve("polls.db");
        List<Snapshot> cellar = polls(TestSnapshots.BOUNI, 1, 120);
        List<Snapshot> annex = polls(TestSnapshots.BOUNI, 2, 120);
        try (var first = new StandaloneStore(file)) {
            first.store().store(named("cellar", cellar.subList(0, 60)));
            first.store().store(named("annex", annex.subList(0, 30)));
        }
        try (var second = new StandaloneStore(file)) {
            second.store().store(named("annex", annex.subList(30, 120)));
            second.store().store(named("cellar", cellar.subList(60, 120)));
            assertThat(read(second, "cellar")).containsExactlyElementsOf(cellar);
            assertThat(read(second, "annex")).containsExactlyElementsOf(annex);
        }
    }

    @Test
    void retentionDeletesTheOldPollsOfEveryControllerAndKeepsTheKeyframesTheRestNeed() throws Exception {
        List<Snapshot> cellar = polls(TestSnapshots.BOUNI, 1, 100);
        List<Snapshot> annex = polls(TestSnapshots.COOLCHIP, 2, 100);
        Instant cut = T0.plusSeconds(30L * 60);
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            standalone.store().store(named("cellar", cellar));
            standalone.store().store(named("annex", annex));

            assertThat(standalone.store().deleteBefore(cut, 7)).isEqualTo(120);

            assertThat(read(standalone, "cellar")).containsExactlyElementsOf(cellar.subList(60, 100));
            assertThat(read(standalone, "annex")).containsExactlyElementsOf(annex.subList(60, 100));
        }
    }

    @Test
    void aPollWithoutANameBelongsToTheLegacyController() throws Exception {
        List<Snapshot> polls = polls(TestSnapshots.BOUNI, 1, 3);
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"), "cellar")) {
            standalone.store().owners(new PollStore.Owners("cellar", "site-a"));
            standalone.store().store(named(null, polls));
            assertThat(read(standalone, "cellar")).containsExactlyElementsOf(polls);
        }
    }

    @Test
    void anInstanceTakesOverItsControllersInItsOwnFileButNotInASharedDatabase() throws Exception {
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            standalone.store().owners(new PollStore.Owners("heatpump", "site-a"));
            assertThat(standalone.store().claim(List.of("cellar", "annex"), true))
                    .isEmpty();

            standalone.store().owners(new PollStore.Owners("heatpump", "site-b"));
            assertThat(standalone.store().claim(List.of("annex", "garage"), true))
                    .isEqualTo(Map.of("annex", "site-a"));
            // an SQLite file is one logger's own: a new host name (a new container) takes its controllers over
            assertThat(standalone.store().claim(List.of("annex", "garage"), false))
                    .isEmpty();
            assertThat(standalone.reader().controllers())
                    .extracting(PollReader.StoredPolls::name, PollReader.StoredPolls::instance)
                    .containsExactly(tuple("annex", "site-b"), tuple("cellar", "site-a"), tuple("garage", "site-b"));
        }
    }
}
