package luxlogger.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import luxlogger.imports.control.Samples.RawPoll;
import luxlogger.imports.entity.ImportReport;
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
    }

    @Test
    void getsTheRepeatedHourOfTheBerlinSampleRight() throws Exception {
        List<Snapshot> polls = new ArrayList<>();
        new LegacyPolls(BERLIN).read(Samples.database(Samples.BERLIN, folder), 100, polls::addAll);

        Exactness exactness = exactness(Samples.BERLIN, polls);
        assertThat(exactness.share()).isGreaterThanOrEqualTo(0.999);
        List<RawPoll> raw = Samples.raw(Samples.BERLIN);
        for (int i = 0; i < raw.size(); i++) {
            // ID_WEB_AktuelleTimeStamp, the controller's clock: "2025-10-26 02:00:00" twice, an hour apart
            assertThat(polls.get(i).calculations()[134]).isEqualTo(raw.get(i).calculations()[134]);
        }
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
