package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import luxlogger.imports.control.Samples.RawPoll;
import luxlogger.imports.entity.ImportReport;
import luxlogger.imports.entity.Rejection;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyPollsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    /** What the import gave against the raw polls: equal values per total, and the missed ones per field. */
    private record Exactness(long compared, long equal, Map<String, Long> missed) {

        double share() {
            return equal / (double) compared;
        }
    }

    @Test
    void turnsTheSampleBackIntoTheRawPolls() throws Exception {
        List<Snapshot> polls = new ArrayList<>();
        ImportReport report =
                new LegacyPolls(ZoneOffset.UTC).read(Samples.database(Samples.SAMPLE, folder), 100, polls::addAll);

        Exactness exactness = exactness(Samples.SAMPLE, polls);
        assertThat(report.read()).isEqualTo(120);
        assertThat(report.converted()).isEqualTo(120);
        assertThat(report.rejected()).isZero();
        assertThat(exactness.share()).isGreaterThanOrEqualTo(0.999);
        assertThat(report.missed()).isEqualTo(exactness.compared() - exactness.equal());
        assertThat(report.values()).isEqualTo(exactness.compared());
        // labels several codes share: stored as the first code, as python-luxtronik wrote them back, and counted
        System.out.printf(
                "%s: report misses %s, ambiguous labels %s%n", Samples.SAMPLE, report.misses(), report.ambiguous());
    }

    @Test
    void getsTheRepeatedHourOfTheBerlinSampleRight() throws Exception {
        List<Snapshot> polls = new ArrayList<>();
        ImportReport report =
                new LegacyPolls(BERLIN).read(Samples.database(Samples.BERLIN, folder), 100, polls::addAll);
        System.out.printf(
                "%s: report misses %s, ambiguous labels %s%n", Samples.BERLIN, report.misses(), report.ambiguous());

        Exactness exactness = exactness(Samples.BERLIN, polls);
        assertThat(exactness.share()).isGreaterThanOrEqualTo(0.999);
        List<RawPoll> raw = Samples.raw(Samples.BERLIN);
        for (int i = 0; i < raw.size(); i++) {
            // ID_WEB_AktuelleTimeStamp, the controller's clock: "2025-10-26 02:00:00" twice, an hour apart
            assertThat(polls.get(i).calculations()[134]).isEqualTo(raw.get(i).calculations()[134]);
        }
    }

    @Test
    void rejectsBrokenRowsAndConvertsTheOthers() throws Exception {
        Path file = Samples.database(Samples.SAMPLE, folder);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            // the 11th row cut short, the 21st an array, and three rows no logger of that kind writes
            statement.execute("UPDATE sensor_data SET data_json = substr(data_json, 1, 5000)"
                    + " WHERE timestamp = (SELECT timestamp FROM sensor_data ORDER BY timestamp LIMIT 1 OFFSET 10)");
            statement.execute("UPDATE sensor_data SET data_json = '[1, 2]'"
                    + " WHERE timestamp = (SELECT timestamp FROM sensor_data ORDER BY timestamp LIMIT 1 OFFSET 20)");
            statement.execute("INSERT INTO sensor_data VALUES (NULL, '{}')");
            statement.execute("INSERT INTO sensor_data VALUES ('yesterday', '{}')");
            statement.execute("INSERT INTO sensor_data VALUES (1736125200.5, '{}')");
        }
        List<Snapshot> polls = new ArrayList<>();

        ImportReport report = new LegacyPolls(ZoneOffset.UTC).read(file, 100, polls::addAll);

        assertThat(report.read()).isEqualTo(123);
        assertThat(report.converted()).isEqualTo(118).isEqualTo(polls.size());
        assertThat(report.rejected()).isEqualTo(5);
        assertThat(report.rejections())
                .extracting(Rejection::reason)
                .containsExactly(
                        "no timestamp",
                        "broken JSON: " + report.rejections().get(1).reason().substring(13),
                        "not a JSON object",
                        "no values of the controller",
                        "timestamp is not a number");
        List<RawPoll> raw = Samples.raw(Samples.SAMPLE);
        assertThat(report.rejections())
                .extracting(Rejection::row)
                .containsExactly(
                        "NULL",
                        raw.get(10).ts().toPlainString(),
                        raw.get(20).ts().toPlainString(),
                        "1736125200.5",
                        "'yesterday'");
        assertThat(report.rejections().get(1).reason()).startsWith("broken JSON: ");
        assertThat(report.missed()).isZero();
        assertThat(polls.get(10).calculations()).isEqualTo(raw.get(11).calculations());
    }

    @Test
    void handsThePollsOnInBatches() throws Exception {
        List<Integer> sizes = new ArrayList<>();

        new LegacyPolls(ZoneOffset.UTC)
                .read(Samples.database(Samples.SAMPLE, folder), 50, batch -> sizes.add(batch.size()));

        assertThat(sizes).containsExactly(50, 50, 20);
    }

    @Test
    void leavesTheFileAsItWas() throws Exception {
        Path file = Samples.database(Samples.SAMPLE, folder);
        Map<String, String> before = CacheFileTest.contents(folder);

        new LegacyPolls(ZoneOffset.UTC).read(file, 100, batch -> {});

        assertThat(CacheFileTest.contents(folder)).isEqualTo(before);
    }

    @Test
    void aFailingSinkEndsTheReadAndFreesTheFile() throws Exception {
        Path file = Samples.database(Samples.SAMPLE, folder);
        List<Integer> sizes = new ArrayList<>();

        assertThatThrownBy(() -> new LegacyPolls(ZoneOffset.UTC).read(file, 10, batch -> {
                    sizes.add(batch.size());
                    throw new IllegalStateException("store full");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("store full");
        assertThat(sizes).containsExactly(10);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE"); // no reader holds it any more
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void readsTheTimestampsInTheZoneItIsGiven() throws Exception {
        List<Snapshot> polls = new ArrayList<>();

        ImportReport report =
                new LegacyPolls(ZoneOffset.UTC).read(Samples.database(Samples.BERLIN, folder), 100, polls::addAll);

        // Berlin's local strings read as UTC are one or two hours late: a wrong zone cannot be seen in the values
        List<RawPoll> raw = Samples.raw(Samples.BERLIN);
        assertThat(report.missed()).isZero();
        assertThat(polls.get(0).calculations()[134] - raw.get(0).calculations()[134])
                .isEqualTo(7200);
        assertThat(polls.get(239).calculations()[134] - raw.get(239).calculations()[134])
                .isEqualTo(3600);
    }

    @Test
    void refusesABatchSizeBelowOne() {
        assertThatThrownBy(() -> new LegacyPolls(ZoneOffset.UTC).read(folder.resolve("cache.db"), 0, batch -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Exactness exactness(String sample, List<Snapshot> polls) {
        List<RawPoll> raw = Samples.raw(sample);
        assertThat(polls).hasSameSizeAs(raw);
        long compared = 0;
        long equal = 0;
        Map<String, Long> missed = new TreeMap<>();
        for (int i = 0; i < raw.size(); i++) {
            Snapshot poll = polls.get(i);
            assertThat(poll.time().getEpochSecond() + poll.time().getNano() / 1e9)
                    .isEqualTo(raw.get(i).ts().doubleValue());
            for (Group group : Group.values()) {
                int[] expected = raw.get(i).group(group);
                assertThat(poll.length(group)).as(group + " of poll " + i).isEqualTo(expected.length);
                for (int index = 0; index < expected.length; index++) {
                    compared++;
                    if (poll.raw(group, index) == expected[index]) {
                        equal++;
                    } else {
                        missed.merge(LegacyFields.standard().key(group, index), 1L, Long::sum);
                    }
                }
            }
        }
        var exactness = new Exactness(compared, equal, missed);
        System.out.printf(
                "%s: %d of %d raw values equal (%.4f %%), missed: %s%n",
                sample, equal, compared, 100 * exactness.share(), missed);
        return exactness;
    }
}
