package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.PollFailure;
import luxlogger.readings.entity.PollsStored;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.readings.entity.StorageSettings;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The writer with the product's store on a real SQLite file. The server's parts it needs stand in: a writer
 * thread that has not got round to its tasks yet, and metrics that are thrown away.
 */
class PollWriterTest {

    @TempDir
    Path directory;

    /** Tasks handed to the writer thread, run only when the test says. */
    private final Deque<Runnable> writerThread = new ArrayDeque<>();
    /** The events the writer fired after storing. */
    private final List<PollsStored> announced = new ArrayList<>();

    @Test
    void announcesTheSpanOfTheStoredPollsAfterTheyAreCommittedEvenWhenAListenerFails() throws Exception {
        Path database = directory.resolve("polls.db");
        try (var standalone = new StandaloneStore(database)) {
            var writer = writer(standalone.store(), standalone.dataSource(), database);
            writer.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
            List<Snapshot> polls = polls(3);
            TestSnapshots.heatpump(polls).forEach(writer::accept);
            runWriterThread();

            assertThat(standalone.reader().count()).isEqualTo(3);
            assertThat(announced).extracting(PollsStored::controller).containsOnly("heatpump");
            assertThat(announced.get(0).first()).isEqualTo(polls.get(0).time());
            assertThat(announced.get(announced.size() - 1).last())
                    .isEqualTo(polls.get(2).time());
        }
    }

    @Test
    void closingStoresWhatIsBufferedAndReleasesTheSpillFileForTheNextStart() throws Exception {
        Path database = directory.resolve("polls.db");
        try (var standalone = new StandaloneStore(database)) {
            var writer = writer(standalone.store(), standalone.dataSource(), database);
            writer.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
            TestSnapshots.heatpump(polls(3)).forEach(writer::accept);

            // the application stops before the writer thread ran
            writer.close();

            assertThat(standalone.reader().count()).isEqualTo(3);
            // as the application started again in the same server
            try (var next = new SpillFile(Path.of(database + ".spill"))) {
                assertThat(next.count()).isZero();
            }
        }
    }

    @Test
    void closingLogsAsAnErrorHowManyPollsReachedNeitherTheDatabaseNorTheSpillFile() {
        // e.g. a volume that is not mounted: neither the database nor its spill file can be opened
        Path database = directory.resolve("unmounted/polls.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + database);
        var writer = writer(new PollStore(), dataSource, database);
        writer.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
        TestSnapshots.heatpump(polls(3)).forEach(writer::accept);

        try (var log = CapturedLog.of("luxlogger.readings")) {
            writer.close();

            assertThat(log.errors())
                    .singleElement()
                    .asString()
                    .contains("3 polls")
                    .contains("lost");
        }
    }

    @Test
    void closingSaysHowManyFailedPollsTheDatabaseDidNotTake() {
        Path database = directory.resolve("unmounted/polls.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + database);
        var writer = writer(new PollStore(), dataSource, database);
        writer.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
        writer.failed(new PollFailure("heatpump", Instant.parse("2026-12-01T00:00:00Z"), "timeout"));
        writer.failed(new PollFailure("heatpump", Instant.parse("2026-12-01T00:00:30Z"), "timeout"));

        try (var log = CapturedLog.of("luxlogger.readings")) {
            writer.close();

            assertThat(log.warnings()).singleElement().asString().contains("2 failed polls", "lost");
        }
    }

    @Test
    void triesTheDatabaseAgainAtATickWithoutAPoll() throws Exception {
        Path folder = directory.resolve("late");
        Path database = folder.resolve("polls.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + database);
        var writer = writer(new PollStore(), dataSource, database);
        writer.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
        TestSnapshots.heatpump(polls(3)).forEach(writer::accept);
        runWriterThread();

        // the volume is mounted; the controller does not answer, so no new poll comes
        Files.createDirectories(folder);
        try (var standalone = new StandaloneStore(database)) {
            writer.store = standalone.store();
            writer.retry();
            runWriterThread();

            assertThat(standalone.reader().count()).isEqualTo(3);
        }
    }

    @Test
    void failedPollsAreStoredWithTheNextPollsAndTheAnnouncedSpanBeginsWithThem() throws Exception {
        Path database = directory.resolve("polls.db");
        try (var standalone = new StandaloneStore(database)) {
            var writer = writer(standalone.store(), standalone.dataSource(), database);
            writer.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
            List<Snapshot> polls = polls(3);
            writer.failed(new PollFailure("heatpump", polls.get(0).time().minusSeconds(60), "timeout"));
            writer.failed(new PollFailure("heatpump", polls.get(0).time().minusSeconds(30), "connection refused"));
            TestSnapshots.heatpump(polls).forEach(writer::accept);
            runWriterThread();

            assertThat(standalone.reader().count()).isEqualTo(3);
            assertThat(failed(standalone))
                    .extracting(PollFailure::reason)
                    .containsExactly("timeout", "connection refused");
            assertThat(announced).singleElement().satisfies(span -> {
                assertThat(span.first()).isEqualTo(polls.get(0).time().minusSeconds(60));
                assertThat(span.last()).isEqualTo(polls.get(2).time());
            });
        }
    }

    @Test
    void failedPollsWithNoPollAfterThemAreStoredAloneAtTheNextTickAndAnnounced() throws Exception {
        Path database = directory.resolve("polls.db");
        try (var standalone = new StandaloneStore(database)) {
            var writer = writer(standalone.store(), standalone.dataSource(), database);
            writer.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
            runWriterThread();
            Instant time = Instant.parse("2026-12-01T03:00:00Z");
            writer.failed(new PollFailure("heatpump", time, "timeout"));
            writer.retry();
            runWriterThread();

            assertThat(failed(standalone)).containsExactly(new PollFailure("heatpump", time, "timeout"));
            assertThat(announced).containsExactly(new PollsStored("heatpump", time, time));
            assertThat(standalone.reader().count()).isZero();
        }
    }

    @Test
    void aControllerThatRefusesConnectionsLeavesAFailedPollWithTheReason() throws Exception {
        Path database = directory.resolve("polls.db");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (var standalone = new StandaloneStore(database)) {
            var writer = writer(standalone.store(), standalone.dataSource(), database);
            var connector = new Connector("127.0.0.1", port, Duration.ofSeconds(2), 0, Duration.ZERO);
            var recorder = new Recorder("heatpump", connector, writer, countersOnly(), () -> {});
            recorder.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
            Instant before = Instant.now();
            recorder.poll();
            Instant after = Instant.now();
            runWriterThread();

            assertThat(failed(standalone)).singleElement().satisfies(failure -> {
                assertThat(failure.time()).isBetween(before.truncatedTo(ChronoUnit.MILLIS), after);
                assertThat(failure.reason()).contains("127.0.0.1:" + port, "connection refused");
            });
        }
    }

    @Test
    void theNewestFailedPollsWaitInABoundedQueueWhileTheDatabaseCannotBeOpened() throws Exception {
        Path folder = directory.resolve("late");
        Path database = folder.resolve("polls.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + database);
        var writer = writer(new PollStore(), dataSource, database);
        writer.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        try (var log = CapturedLog.of("luxlogger.readings")) {
            // a day and five minutes of a controller that does not answer, on a volume that is not mounted
            for (int i = 0; i < 2_890; i++) {
                writer.failed(new PollFailure("heatpump", start.plusSeconds(30L * i), "timeout"));
                writer.retry();
                runWriterThread();
            }
            assertThat(log.warnings())
                    .filteredOn(message -> message.contains("Failed-poll queue full"))
                    .singleElement()
                    .asString()
                    .contains("2,880");
        }

        Files.createDirectories(folder);
        try (var standalone = new StandaloneStore(database)) {
            writer.store = standalone.store();
            writer.retry();
            runWriterThread();

            List<PollFailure> stored = failed(standalone);
            assertThat(stored).hasSize(2_880);
            assertThat(stored.get(0).time()).isEqualTo(start.plusSeconds(30L * 10));
            assertThat(stored.get(stored.size() - 1).time()).isEqualTo(start.plusSeconds(30L * 2_889));
        }
    }

    @Test
    void pollsAreStoredWhenTheDatabaseRefusesOnlyTheFailedPollsWithThem() throws Exception {
        Path database = directory.resolve("polls.db");
        try (var standalone = new StandaloneStore(database)) {
            try (Connection db = standalone.dataSource().getConnection();
                    Statement statement = db.createStatement()) {
                statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON failed_poll"
                        + " BEGIN SELECT RAISE(ABORT, 'failed polls refused'); END");
            }
            var writer = writer(standalone.store(), standalone.dataSource(), database);
            writer.open(new ReadingsSettings(Duration.ofSeconds(30), database, 30, ZoneOffset.UTC));
            List<Snapshot> polls = polls(3);
            try (var log = CapturedLog.of("luxlogger.readings")) {
                writer.failed(new PollFailure("heatpump", polls.get(0).time().minusSeconds(30), "timeout"));
                TestSnapshots.heatpump(polls).forEach(writer::accept);
                runWriterThread();

                assertThat(standalone.reader().count()).isEqualTo(3);
                assertThat(writer.buffered()).isZero();
                assertThat(failed(standalone)).isEmpty();
                assertThat(log.warnings())
                        .filteredOn(message -> message.contains("failed polls"))
                        .singleElement()
                        .asString()
                        .contains("1 failed polls not stored, dropped", "failed polls refused");
            }
        }
    }

    private static List<PollFailure> failed(StandaloneStore standalone) {
        return standalone.reader().failedPolls("heatpump", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
    }

    /** Metrics that count and time into nothing, as a recorder needs them. */
    private static MetricRegistry countersOnly() {
        return standIn(MetricRegistry.class, (method, args) -> switch (method) {
            case "counter" -> standIn(Counter.class, (m, a) -> null);
            case "timer" -> standIn(Timer.class, (m, a) -> null);
            default -> null;
        });
    }

    /** A writer to a SQLite file whose spill file is next to it, as by default. */
    @SuppressWarnings("unchecked")
    private PollWriter writer(PollStore store, DataSource dataSource, Path database) {
        var writer = new PollWriter();
        writer.store = store;
        writer.dataSource = dataSource;
        writer.storage = new Storage();
        writer.storage.settings = standIn(
                Instance.class, (method, args) -> new StorageSettings("", database, Path.of(database + ".spill")));
        writer.metrics = standIn(
                MetricRegistry.class,
                (method, args) -> method.equals("timer") ? standIn(Timer.class, (m, a) -> null) : null);
        writer.stored = standIn(Event.class, (method, args) -> {
            announced.add((PollsStored) args[0]);
            throw new IllegalStateException("a listener that fails");
        });
        writer.writer = standIn(ManagedExecutorService.class, (method, args) -> {
            writerThread.add((Runnable) args[0]);
            return null;
        });
        return writer;
    }

    private void runWriterThread() {
        for (Runnable task = writerThread.poll(); task != null; task = writerThread.poll()) {
            task.run();
        }
    }

    private static List<Snapshot> polls(int count) {
        Snapshot dump = TestSnapshots.dump(TestSnapshots.BOUNI, Instant.EPOCH);
        return IntStream.range(0, count)
                .mapToObj(n -> OutageReplay.poll(dump, n, Duration.ofSeconds(30)))
                .toList();
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T standIn(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }
}
