package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import luxlogger.imports.control.Samples.RawPoll;
import luxlogger.imports.entity.ImportReport;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator of the earlier logger's database, held against the real ones: from the raw polls each sample was
 * made of, it must write what python-luxtronik 7a0eda74 and the earlier logger wrote, byte for byte.
 */
class LegacyCacheWriterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private record Row(double timestamp, String json) {}

    @Test
    void writesTheJsonOfTheSampleByteForByte() throws Exception {
        assertSameRows(Samples.SAMPLE, ZoneOffset.UTC);
    }

    @Test
    void writesTheJsonOfTheBerlinSampleByteForByte() throws Exception {
        // local timestamps across the autumn clock change, the controller's clock at 02:00:00 twice
        assertSameRows(Samples.BERLIN, BERLIN);
    }

    @Test
    void writesAFileThatHoldsTheSamplesRows() throws Exception {
        Path written = folder.resolve("written.db");
        List<RawPoll> raw = Samples.raw(Samples.SAMPLE);
        try (var writer = LegacyCacheWriter.create(written, ZoneOffset.UTC)) {
            for (RawPoll poll : raw) {
                writer.append(poll.ts().doubleValue(), poll.parameters(), poll.calculations(), poll.visibilities());
            }
        }

        Path real = Samples.database(Samples.SAMPLE, folder);
        assertThat(rows(written)).isEqualTo(rows(real));
        assertThat(schema(written)).isEqualTo(schema(real));
    }

    @Test
    void writesPollsTheImportReadsBackExactly() throws Exception {
        Path written = folder.resolve("polls.db");
        List<Snapshot> sent = new ArrayList<>();
        try (var writer = LegacyCacheWriter.create(written, BERLIN)) {
            for (RawPoll poll : Samples.raw(Samples.BERLIN)) {
                byte[] visibilities = new byte[poll.visibilities().length];
                for (int i = 0; i < visibilities.length; i++) {
                    visibilities[i] = (byte) poll.visibilities()[i];
                }
                var snapshot = new Snapshot(
                        micros(poll.ts().doubleValue()), poll.parameters(), poll.calculations(), visibilities);
                writer.append(snapshot);
                sent.add(snapshot);
            }
        }

        List<Snapshot> read = new ArrayList<>();
        ImportReport report = new LegacyPolls(BERLIN).read(written, 50, read::addAll);

        assertThat(report.converted()).isEqualTo(sent.size());
        assertThat(read)
                .extracting(Snapshot::time)
                .isEqualTo(sent.stream().map(Snapshot::time).toList());
        long equal = 0;
        long values = 0;
        for (int i = 0; i < sent.size(); i++) {
            for (Group group : Group.values()) {
                for (int index = 0; index < sent.get(i).length(group); index++) {
                    values++;
                    boolean same = read.get(i).has(group, index)
                            && read.get(i).raw(group, index) == sent.get(i).raw(group, index);
                    equal += same ? 1 : 0;
                }
            }
        }
        assertThat(equal / (double) values).isGreaterThanOrEqualTo(0.999);
        assertThat(values - equal).isEqualTo(report.missed());
    }

    @Test
    void stampsRowsAsPythonsClockDid() {
        Instant time = Instant.parse("2025-01-06T00:00:00.118590Z");

        assertThat(LegacyCacheWriter.timestamp(time)).isEqualTo(1736121600.11859);
    }

    private void assertSameRows(String sample, ZoneId zone) throws SQLException {
        List<Row> rows = rows(Samples.database(sample, folder));
        List<RawPoll> raw = Samples.raw(sample);
        var json = new LegacyJson(zone);

        assertThat(rows).hasSameSizeAs(raw);
        for (int i = 0; i < raw.size(); i++) {
            RawPoll poll = raw.get(i);
            String written = json.json(poll.parameters(), poll.calculations(), poll.visibilities());
            assertThat(rows.get(i).timestamp()).isEqualTo(poll.ts().doubleValue());
            assertThat(written)
                    .as(
                            "row %d (%s) from byte %d on",
                            i, poll.ts(), firstDifference(written, rows.get(i).json()))
                    .isEqualTo(rows.get(i).json());
        }
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static Instant micros(double seconds) {
        long whole = (long) Math.floor(seconds);
        return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e6) * 1_000);
    }

    private static List<Row> rows(Path file) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet result = db.createStatement()
                        .executeQuery("SELECT timestamp, data_json FROM sensor_data ORDER BY rowid")) {
            while (result.next()) {
                rows.add(new Row(result.getDouble(1), result.getString(2)));
            }
        }
        return rows;
    }

    private static String schema(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet result = db.createStatement().executeQuery("SELECT sql FROM sqlite_master")) {
            StringBuilder all = new StringBuilder();
            while (result.next()) {
                all.append(result.getString(1)).append('\n');
            }
            return all.toString();
        }
    }
}
