package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.Postgres;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logger instances claiming their controllers in a database that several of them share (PostgreSQL, or claims made
 * exclusive on a file): a refused instance holds no claim, stores nothing under another instance's controller, and
 * of two instances claiming one controller at the same moment only one gets it.
 */
class ClaimsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path directory;

    private static List<ControllerPoll> polls(String controller, long seed, int from, int count) {
        Snapshot base = TestSnapshots.dump(TestSnapshots.BOUNI, T0);
        var random = new SplittableRandom(seed);
        List<ControllerPoll> polls = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            polls.add(new ControllerPoll(controller, TestSnapshots.noisy(base, random, T0.plusSeconds(30L * i))));
        }
        return polls;
    }

    private static long stored(StandaloneStore standalone, String controller) {
        return standalone.reader().forEach(controller, T0, T0.plus(Duration.ofDays(1)), snapshot -> {});
    }

    @Test
    void anInstanceThatIsRefusedOneControllerClaimsNoneOfTheOthersEither() throws Exception {
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"))) {
            standalone.store().owners(new PollStore.Owners("heatpump", "site-a"));
            assertThat(standalone.store().claim(List.of("house"), true)).isEmpty();

            standalone.store().owners(new PollStore.Owners("heatpump", "site-c"));
            assertThat(standalone.store().claim(List.of("shed", "house", "garage"), true))
                    .isEqualTo(Map.of("house", "site-a"));

            // shed and garage stay free: a site that renames its controller, or site-a itself, may take them
            assertThat(standalone.reader().controllers())
                    .extracting(PollReader.StoredPolls::name, PollReader.StoredPolls::instance)
                    .containsExactly(tuple("house", "site-a"));
            standalone.store().owners(new PollStore.Owners("heatpump", "site-a"));
            assertThat(standalone.store().claim(List.of("house", "shed"), true)).isEmpty();
        }
    }

    @Test
    void pollsOfAControllerAnotherInstancePollsAreNotStoredInASharedDatabaseButAreInAnOwnFile() throws Exception {
        try (var standalone = new StandaloneStore(directory.resolve("polls.db"));
                var log = CapturedLog.of(PollStore.class)) {
            standalone.store().owners(new PollStore.Owners("heatpump", "site-a"));
            standalone.store().claim(List.of("house"), true);
            standalone.store().store(polls("house", 1, 0, 3));

            // site-c was refused house once and kept its polls in the spill file; now it polls shed, and replays them
            standalone.store().owners(new PollStore.Owners("heatpump", "site-c"));
            assertThat(standalone.store().claim(List.of("shed"), true)).isEmpty();
            List<ControllerPoll> replay = new ArrayList<>(polls("house", 2, 3, 4));
            replay.addAll(polls("shed", 3, 0, 2));
            standalone.store().store(replay);

            assertThat(stored(standalone, "house")).isEqualTo(3);
            assertThat(stored(standalone, "shed")).isEqualTo(2);
            assertThat(log.warnings())
                    .containsExactly(
                            "Not storing 4 polls of the controller 'house', which the instance 'site-a' polls in this database");

            // in a file of its own an instance stores everything it polled
            assertThat(standalone.store().claim(List.of("shed"), false)).isEmpty();
            standalone.store().store(polls("house", 2, 3, 4));
            assertThat(stored(standalone, "house")).isEqualTo(7);
        }
    }

    @Test
    void ofTwoInstancesClaimingAFreeControllerAtTheSameMomentOnlyTheFirstGetsIt() throws Exception {
        try (var postgres = Postgres.launch();
                var standalone = StandaloneStore.postgresql(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
                var siteA = DriverManager.getConnection(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD);
                var look = DriverManager.getConnection(postgres.jdbcUrl(), Postgres.USER, Postgres.PASSWORD)) {
            // a controller nobody claimed: one a tool (the import) stored
            look.createStatement().execute("INSERT INTO controller (id, name) VALUES (1, 'house')");
            // site-a's claim, not yet committed
            siteA.setAutoCommit(false);
            siteA.createStatement().execute("UPDATE controller SET instance = 'site-a' WHERE name = 'house'");

            standalone.store().owners(new PollStore.Owners("heatpump", "site-b"));
            var siteB = CompletableFuture.supplyAsync(() -> {
                try {
                    return standalone.store().claim(List.of("house"), true);
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaitingForALock(look);
            siteA.commit();

            assertThat(siteB.get(30, TimeUnit.SECONDS)).isEqualTo(Map.of("house", "site-a"));
            try (var rows = look.createStatement().executeQuery("SELECT instance FROM controller")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("site-a");
            }
        }
    }

    /** Waits until a statement of another connection waits for a row lock. */
    private static void awaitWaitingForALock(java.sql.Connection look) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (var rows = look.createStatement().executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
            }
            assertThat(System.nanoTime())
                    .as("a claim waiting for site-a's lock")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
