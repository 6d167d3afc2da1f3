package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept database of 2026-12-06 still opens with today's code and reads back as the polls it was made from. */
class SingleControllerDatabaseTest {

    private static final String KEPT = "/databases/main-2026-12-06.db";

    @TempDir
    Path directory;

    /** A copy, since opening runs the migrations and SQLite writes next to the file. */
    private Path kept() throws Exception {
        Path copy = directory.resolve("kept.db");
        try (InputStream in = getClass().getResourceAsStream(KEPT)) {
            assertThat(in).as(KEPT).isNotNull();
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void theKeptDatabaseIsSmallAndHoldsSeveralKeyframes() throws Exception {
        Path file = kept();
        assertThat(Files.size(file)).isLessThan(200_000);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = db.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM poll")).isEqualTo(SingleControllerDatabase.POLLS);
            assertThat(count(statement, "SELECT COUNT(*) FROM keyframe")).isGreaterThanOrEqualTo(2);
            assertThat(count(statement, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1"))
                    .isPositive();
        }
    }

    @Test
    void everyKeptPollReadsBackAsThePollItWasMadeFrom() throws Exception {
        Supplier<Snapshot> made = SingleControllerDatabase.polls();
        List<Snapshot> read = new ArrayList<>();
        try (var standalone = new StandaloneStore(kept())) {
            standalone
                    .reader()
                    .forEach(
                            "heatpump",
                            SingleControllerDatabase.START,
                            SingleControllerDatabase.START.plus(Duration.ofDays(1)),
                            read::add);
        }
        assertThat(read).hasSize(SingleControllerDatabase.POLLS);
        for (Snapshot snapshot : read) {
            Snapshot expected = made.get();
            assertThat(snapshot.time()).isEqualTo(expected.time());
            assertThat(snapshot.differences(expected))
                    .as("values differing at %s", expected.time())
                    .isZero();
        }
    }

    @Test
    void withAControllerNameSetThePollsOfTheKeptDatabaseBelongToItAndNewPollsContinueThem() throws Exception {
        Path file = kept();
        Supplier<Snapshot> made = SingleControllerDatabase.polls();
        List<Snapshot> all = new ArrayList<>();
        for (int i = 0; i < SingleControllerDatabase.POLLS + 20; i++) {
            all.add(made.get());
        }
        try (var standalone = new StandaloneStore(file, "cellar")) {
            standalone.store().owners(new PollStore.Owners("cellar", "site-a"));
            standalone.store().store(TestSnapshots.heatpump(List.of()));
            standalone
                    .store()
                    .store(all.subList(SingleControllerDatabase.POLLS, all.size()).stream()
                            .map(s -> new luxlogger.readings.entity.ControllerPoll("cellar", s))
                            .toList());
            List<Snapshot> read = new ArrayList<>();
            standalone
                    .reader()
                    .forEach(
                            "cellar",
                            SingleControllerDatabase.START,
                            SingleControllerDatabase.START.plus(Duration.ofDays(2)),
                            read::add);
            assertThat(read).hasSize(all.size());
            assertThat(standalone.reader().latest("heatpump")).isEmpty();
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = db.createStatement()) {
            assertThat(count(statement, "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history"))
                    .isEqualTo(4);
            assertThat(count(statement, "SELECT COUNT(*) FROM controller")).isOne();
        }
    }

    @Test
    void theGeneratorWritesTheSamePollsAgain() throws Exception {
        Path again = directory.resolve("again.db");
        SingleControllerDatabase.write(again);
        try (var standalone = new StandaloneStore(again)) {
            assertThat(standalone.reader().count()).isEqualTo(SingleControllerDatabase.POLLS);
        }
    }

    private static long count(Statement statement, String query) throws Exception {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
