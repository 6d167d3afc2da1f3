package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import luxlogger.imports.control.Samples.RawPoll;
import luxlogger.imports.entity.ImportResult;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports of the real samples into a real SQLite file of the product's, through its own store. */
class ImportRunTest {

    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void storesEveryPollOfBothSamplesExactlyAndASecondRunFindsThemAllPresent() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        Path berlin = Samples.database(Samples.BERLIN, folder);
        try (var standalone = new StandaloneStore(folder.resolve("luxlogger.db"))) {
            var run = new ImportRun(standalone.store());

            ImportResult first = run.run(sample, "heatpump", ZoneOffset.UTC);
            ImportResult autumn = run.run(berlin, "heatpump", ZoneId.of("Europe/Berlin"));
            ImportResult again = run.run(sample, "heatpump", ZoneOffset.UTC);

            assertThat(first.read()).isEqualTo(120);
            assertThat(first.imported()).isEqualTo(120);
            assertThat(first.present()).isZero();
            assertThat(first.rejected()).isZero();
            assertThat(first.exact()).isEqualTo(1.0);
            assertThat(first.zone()).isEqualTo("Z");
            assertThat(first.first().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(Instant.parse("2025-01-06T00:00:00Z"));
            assertThat(autumn.imported()).isEqualTo(240);
            assertThat(autumn.missed()).isZero();
            assertThat(again.read()).isEqualTo(120);
            assertThat(again.imported()).isZero();
            assertThat(again.present()).isEqualTo(120);
            assertThat(again.first()).isNull();
            assertThat(standalone.reader().count()).isEqualTo(360);
            assertExact(Samples.SAMPLE, stored(standalone, EVER, Instant.parse("2025-06-01T00:00:00Z")));
            assertExact(Samples.BERLIN, stored(standalone, Instant.parse("2025-06-01T00:00:00Z"), NEVER));
        }
    }

    @Test
    void aRunTheDatabaseStoppedMidwayCompletesWhenRunAgainWithoutDuplicates() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        Path database = folder.resolve("luxlogger.db");
        try (var standalone = new StandaloneStore(database)) {
            var run = new ImportRun(standalone.store(), 20);
            // the database refuses polls once it holds 60, in the middle of the fourth batch of 20
            sql(
                    database,
                    "CREATE TRIGGER refuse_polls BEFORE INSERT ON poll WHEN (SELECT COUNT(*) FROM poll) >= 70"
                            + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");

            assertThatThrownBy(() -> run.run(sample, "heatpump", ZoneOffset.UTC))
                    .isInstanceOfSatisfying(ImportStopped.class, stopped -> {
                        assertThat(stopped.stored().imported()).isEqualTo(60);
                        assertThat(stopped.stored().last().truncatedTo(ChronoUnit.SECONDS))
                                .isEqualTo(Instant.parse("2025-01-06T00:29:30Z"));
                    })
                    .hasMessageContaining("database or disk is full");
            assertThat(standalone.reader().count()).isEqualTo(60);
            sql(database, "DROP TRIGGER refuse_polls");

            ImportResult again = run.run(sample, "heatpump", ZoneOffset.UTC);

            assertThat(again.imported()).isEqualTo(60);
            assertThat(again.present()).isEqualTo(60);
            assertThat(again.first().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(Instant.parse("2025-01-06T00:30:00Z"));
            assertThat(standalone.reader().count()).isEqualTo(120);
            assertExact(Samples.SAMPLE, stored(standalone, EVER, NEVER));
        }
    }

    @Test
    void importedPollsLeaveTheLiveStreamOnItsOwnKeyframe() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        Path database = folder.resolve("luxlogger.db");
        // live polls: the sample's, a day later
        List<Snapshot> live = new ArrayList<>();
        new LegacyPolls(ZoneOffset.UTC).read(sample, 500, batch -> batch.forEach(p -> live.add(later(p))));
        try (var standalone = new StandaloneStore(database)) {
            standalone.store().store(heatpump(live.subList(0, 60)));
            long liveKeyframe = keyframeOf(database, live.get(59));

            ImportResult result = new ImportRun(standalone.store()).run(sample, "heatpump", ZoneOffset.UTC);
            standalone.store().store(heatpump(live.subList(60, 120)));

            assertThat(result.imported()).isEqualTo(120);
            // the imported polls started keyframes of their own; the next live poll still refers to the live one
            assertThat(keyframeOf(database, live.get(60))).isEqualTo(liveKeyframe);
            assertThat(stored(standalone, Instant.parse("2025-01-07T00:00:00Z"), NEVER))
                    .containsExactlyElementsOf(
                            live.stream().map(ImportRunTest::millis).toList());
            assertExact(Samples.SAMPLE, stored(standalone, EVER, Instant.parse("2025-01-07T00:00:00Z")));
        }
    }

    @Test
    void aLivePollAtTheInstantOfAnImportedOneIsStoredOnce() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        List<Snapshot> polls = new ArrayList<>();
        new LegacyPolls(ZoneOffset.UTC).read(sample, 500, polls::addAll);
        Snapshot before = at(polls.get(0), Instant.parse("2025-01-05T00:00:00Z"));
        try (var standalone = new StandaloneStore(folder.resolve("luxlogger.db"))) {
            standalone.store().store(heatpump(List.of(before)));
            new ImportRun(standalone.store()).run(sample, "heatpump", ZoneOffset.UTC);

            // the earlier logger still ran as this one started: the same instant, to the millisecond
            standalone.store().store(heatpump(List.of(polls.get(119), later(polls.get(119)))));

            assertThat(standalone.reader().count()).isEqualTo(122);
        }
    }

    @Test
    void aFileThatTurnsUnreadableMidwayStopsTheRunAfterWhatItStored() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        // pages in the middle of the file overwritten, as by a failing disk: the first rows are read, later ones not
        try (var channel = FileChannel.open(sample, StandardOpenOption.WRITE)) {
            byte[] garbage = new byte[64 * 1024];
            Arrays.fill(garbage, (byte) 0xFF);
            channel.write(ByteBuffer.wrap(garbage), channel.size() * 3 / 4);
        }
        try (var standalone = new StandaloneStore(folder.resolve("luxlogger.db"))) {
            assertThatThrownBy(() -> new ImportRun(standalone.store(), 10).run(sample, "heatpump", ZoneOffset.UTC))
                    .isInstanceOfSatisfying(ImportStopped.class, stopped -> {
                        assertThat(stopped.getCause()).isInstanceOf(CacheFileException.class);
                        assertThat(stopped.stored().imported())
                                .isPositive()
                                .isEqualTo(standalone.reader().count());
                    })
                    .hasMessageContaining(sample.toString());
        }
    }

    @Test
    void refusesABatchSizeBelowOne() {
        assertThatThrownBy(() -> new ImportRun(null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<ControllerPoll> heatpump(List<Snapshot> polls) {
        return polls.stream().map(p -> new ControllerPoll("heatpump", p)).toList();
    }

    private static Snapshot later(Snapshot poll) {
        return at(poll, poll.time().plus(Duration.ofDays(1)));
    }

    private static Snapshot at(Snapshot poll, Instant time) {
        return new Snapshot(time, poll.parameters(), poll.calculations(), poll.visibilities());
    }

    /** The poll as the store gives it back: its instant to the millisecond. */
    private static Snapshot millis(Snapshot poll) {
        return at(poll, Instant.ofEpochMilli(poll.time().toEpochMilli()));
    }

    private static List<Snapshot> stored(StandaloneStore standalone, Instant from, Instant to) {
        List<Snapshot> polls = new ArrayList<>();
        standalone.reader().forEach("heatpump", from, to, polls::add);
        return polls;
    }

    /** The stored polls hold every raw value the controller sent, at the row's instant. */
    private static void assertExact(String sample, List<Snapshot> stored) {
        List<RawPoll> raw = Samples.raw(sample);
        assertThat(stored).hasSameSizeAs(raw);
        for (int i = 0; i < raw.size(); i++) {
            Snapshot poll = stored.get(i);
            assertThat(poll.time().toEpochMilli())
                    .isEqualTo(raw.get(i).ts().movePointRight(3).longValue());
            for (Group group : Group.values()) {
                int[] values = new int[poll.length(group)];
                for (int index = 0; index < values.length; index++) {
                    values[index] = poll.raw(group, index);
                }
                assertThat(values)
                        .as(group + " of poll " + i)
                        .isEqualTo(raw.get(i).group(group));
            }
        }
    }

    private static long keyframeOf(Path database, Snapshot poll) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT keyframe FROM poll WHERE time = " + poll.time().toEpochMilli())) {
            assertThat(rows.next()).as("poll " + poll.time() + " stored").isTrue();
            return rows.getLong(1);
        }
    }

    private static void sql(Path database, String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
