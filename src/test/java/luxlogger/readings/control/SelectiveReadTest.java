package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart's read of a few fields ({@link PollReader#forEach(String, Instant, Instant, List, java.util.function.Consumer)})
 * gives the very values of the whole read, over deltas plain and deflated and across keyframes, from a real SQLite
 * file; and a damaged row still fails it.
 */
class SelectiveReadTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Decoder DECODER = new Decoder(CATALOG);
    private static final Instant FROM = Instant.parse("2026-02-01T00:00:00Z");
    /** Polls 90 s apart for 7.5 hours: more than a keyframe's longest span (6 h). */
    private static final int POLLS = 300;

    private static final int STEP = 90;

    @TempDir
    Path dir;

    @Test
    void theFieldsOfEveryPollAreThoseOfTheWholePoll() throws StoreException {
        List<Field> fields = List.of(
                CATALOG.field("calculations.ID_WEB_Temperatur_TVL").orElseThrow(),
                CATALOG.field("calculations.ID_WEB_Zaehler_BetrZeitVD1").orElseThrow(),
                CATALOG.field("calculations.ID_WEB_WP_BZ_akt").orElseThrow(),
                CATALOG.field("calculations.ID_WEB_SoftStand").orElseThrow(),
                CATALOG.field("parameters.ID_Einst_WK_akt").orElseThrow(),
                Field.unknown(Group.VISIBILITIES, 3),
                Field.unknown(Group.CALCULATIONS, 5_000));
        try (var store = new StandaloneStore(dir.resolve("select.db"))) {
            store.store().store(TestSnapshots.heatpump(noisyPolls()));
            List<List<Reading>> whole = new ArrayList<>();
            long read =
                    store.reader().forEach("heatpump", FROM, end(), poll -> whole.add(DECODER.decode(poll, fields)));
            List<List<Reading>> chosen = new ArrayList<>();
            List<Instant> times = new ArrayList<>();
            long chosenRead = store.reader().forEach("heatpump", FROM, end(), fields, poll -> {
                chosen.add(DECODER.decode(poll, fields));
                times.add(poll.time());
            });

            assertThat(read).isEqualTo(POLLS);
            assertThat(chosenRead).isEqualTo(POLLS);
            assertThat(chosen).isEqualTo(whole);
            assertThat(times.get(1)).isEqualTo(FROM.plusSeconds(STEP));
            // the flow temperature takes one of 61 values at random: a stale value would show
            assertThat(chosen.stream().map(r -> r.get(0).raw()).distinct().count())
                    .isGreaterThan(50);
            assertThat(storedFormats(store)).contains(SnapshotCodec.DELTA, SnapshotCodec.DELTA_DEFLATED);
            assertThat(keyframes(store)).isGreaterThan(1);
        }
    }

    @Test
    void aDamagedRowFailsTheReadNamingItsPoll() throws Exception {
        List<Field> fields =
                List.of(CATALOG.field("calculations.ID_WEB_Temperatur_TVL").orElseThrow());
        try (var store = new StandaloneStore(dir.resolve("damaged.db"))) {
            store.store().store(TestSnapshots.heatpump(noisyPolls().subList(0, 10)));
            Instant damaged = FROM.plusSeconds(5 * STEP);
            try (var connection = store.dataSource().getConnection();
                    var update = connection.prepareStatement("UPDATE poll SET data = ? WHERE time = ?")) {
                update.setBytes(1, new byte[] {SnapshotCodec.DELTA, 0, 0, 1});
                update.setLong(2, damaged.toEpochMilli());
                assertThat(update.executeUpdate()).isEqualTo(1);
            }

            assertThatThrownBy(() -> store.reader().forEach("heatpump", FROM, end(), fields, poll -> {}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("poll " + damaged + " is unreadable");
        }
    }

    @Test
    void anUnknownControllerOrAnEmptyRangeHasNoPolls() throws StoreException {
        List<Field> fields =
                List.of(CATALOG.field("calculations.ID_WEB_Temperatur_TVL").orElseThrow());
        try (var store = new StandaloneStore(dir.resolve("empty.db"))) {
            store.store().store(TestSnapshots.heatpump(noisyPolls().subList(0, 3)));
            assertThat(store.reader().forEach("other", FROM, end(), fields, poll -> {}))
                    .isZero();
            assertThat(store.reader().forEach("heatpump", end(), end(), fields, poll -> {}))
                    .isZero();
        }
    }

    private static Instant end() {
        return FROM.plus(Duration.ofSeconds((long) STEP * POLLS));
    }

    private static List<Snapshot> noisyPolls() {
        var random = new SplittableRandom(7);
        Snapshot base = TestSnapshots.dump(TestSnapshots.BOUNI, FROM);
        List<Snapshot> polls = new ArrayList<>();
        for (int i = 0; i < POLLS; i++) {
            polls.add(TestSnapshots.noisy(base, random, FROM.plusSeconds((long) STEP * i)));
        }
        return polls;
    }

    private static List<Integer> storedFormats(StandaloneStore store) {
        List<Integer> formats = new ArrayList<>();
        try (var connection = store.dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("SELECT DISTINCT substr(data, 1, 1) FROM poll")) {
            while (rows.next()) {
                formats.add(rows.getBytes(1)[0] & 0xFF);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return formats;
    }

    private static long keyframes(StandaloneStore store) {
        try (var connection = store.dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM keyframe")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
