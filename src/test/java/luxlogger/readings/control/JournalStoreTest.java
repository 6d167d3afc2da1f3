package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import luxlogger.journal.control.JournalReader;
import luxlogger.journal.control.JournalReader.Progress;
import luxlogger.journal.control.JournalStore;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's rows on a real SQLite file, through the product's persistence unit and schema. */
class JournalStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-12T00:00:00Z");

    @TempDir
    Path directory;

    private StandaloneStore standalone;
    private JournalStore store;
    private JournalReader reader;
    private int cellar;

    @BeforeEach
    void database() throws Exception {
        standalone = new StandaloneStore(directory.resolve("journal.db"));
        Snapshot dump = TestSnapshots.dump(TestSnapshots.BOUNI, T0);
        standalone.store().store(List.of(new ControllerPoll("cellar", dump), new ControllerPoll("annex", dump)));
        store = new JournalStore(standalone.store().em, standalone.store().transaction);
        reader = new JournalReader(standalone.store().em);
        cellar = reader.number("cellar").orElseThrow();
    }

    @AfterEach
    void close() {
        standalone.close();
    }

    private static JournalEvent event(EventKind kind, int minute, String subject, int detected) {
        JournalEvent event = new JournalEvent();
        event.kind = kind.key();
        event.time = T0.plus(Duration.ofMinutes(minute)).toEpochMilli();
        event.subject = subject;
        event.detected = T0.plus(Duration.ofMinutes(detected)).toEpochMilli();
        event.text = kind.key() + " " + subject;
        return event;
    }

    private static JournalEvent error(int minute, int code, boolean history, int detected) {
        JournalEvent event = event(EventKind.ERROR, minute, String.valueOf(code), detected);
        event.code = code;
        event.history = history;
        return event;
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }

    private List<JournalEvent> all(int controller) {
        return reader.page(controller, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)), List.of(), 0, 1000)
                .events();
    }

    @Test
    void anErrorIsEnteredOnceKeepingItsHistoryFlagAndItsEarliestDetection() {
        int first = store.replace(cellar, at(0), at(10), List.of(error(-60, 718, true, 10)), at(10), 1);
        int again = store.replace(cellar, at(0), at(20), List.of(error(-60, 718, false, 5)), at(20), 1);

        assertThat(first).isZero();
        assertThat(again).isZero();
        assertThat(all(cellar))
                .extracting(e -> e.kind, e -> e.history, e -> e.detected)
                .containsExactly(tuple("error", true, at(5).toEpochMilli()));
    }

    @Test
    void onlyNewErrorsThatAreNotHistoryAreCounted() {
        var events = List.of(error(1, 718, false, 2), error(3, 721, false, 4), error(-90, 716, true, 2));

        assertThat(store.replace(cellar, at(0), at(10), events, at(10), 1)).isEqualTo(2);
        assertThat(store.replace(cellar, at(0), at(10), events, at(10), 1)).isZero();
        assertThat(reader.errors(cellar).count()).isEqualTo(2);
        assertThat(reader.errors(cellar).last().subject).isEqualTo("721");
    }

    @Test
    void aRecomputedRangeReplacesItsEventsButNeverErrorsOrSwitchOffsNorEventsOutsideIt() {
        store.replace(
                cellar,
                at(0),
                at(100),
                List.of(
                        event(EventKind.COMPRESSOR_RUN, 5, "VD1", 40),
                        event(EventKind.SETTING_CHANGE, 50, "parameters.ID_Einst_HzHwHKE_akt", 50),
                        event(EventKind.SWITCH_OFF, 60, "1:3", 60),
                        event(EventKind.OPERATING_MODE, 90, "", 90),
                        error(70, 718, false, 70)),
                at(100),
                1);
        // a late poll split the run: two runs, the setting change no longer seen
        store.replace(
                cellar,
                at(30),
                at(80),
                List.of(event(EventKind.COMPRESSOR_RUN, 5, "VD1", 32), event(EventKind.COMPRESSOR_RUN, 33, "VD1", 40)),
                at(80),
                1);

        assertThat(all(cellar))
                .extracting(e -> e.kind, e -> e.time, e -> e.detected)
                .containsExactly(
                        tuple("operating-mode", at(90).toEpochMilli(), at(90).toEpochMilli()),
                        tuple("error", at(70).toEpochMilli(), at(70).toEpochMilli()),
                        tuple("switch-off", at(60).toEpochMilli(), at(60).toEpochMilli()),
                        tuple("compressor-run", at(33).toEpochMilli(), at(40).toEpochMilli()),
                        tuple("compressor-run", at(5).toEpochMilli(), at(32).toEpochMilli()));
    }

    @Test
    void anEventFoundAgainOutsideTheDeletedRangeIsOneRowWithTheNewValues() {
        store.replace(cellar, at(0), at(10), List.of(event(EventKind.DEFROST, 1, "", 5)), at(10), 1);
        JournalEvent longer = event(EventKind.DEFROST, 1, "", 12);
        longer.ended = at(12).toEpochMilli();

        store.replace(cellar, at(11), at(20), List.of(longer), at(20), 1);

        assertThat(all(cellar))
                .extracting(e -> e.ended, e -> e.detected)
                .containsExactly(tuple(at(12).toEpochMilli(), at(12).toEpochMilli()));
    }

    @Test
    void theProgressNeverMovesBackAndRecordsTheRules() {
        assertThat(reader.progress(cellar)).isEmpty();

        store.replace(cellar, at(0), at(60), List.of(), at(60), 1);
        store.replace(cellar, at(0), at(30), List.of(), at(30), 2);
        store.replace(cellar, at(0), at(90), List.of(), null, 3);

        assertThat(reader.progress(cellar)).contains(new Progress(at(60), 2));
    }

    @Test
    void pagesAreNewestFirstFilteredByTimeAndKindWithTheirTotal() {
        var events = List.of(
                event(EventKind.OPERATING_MODE, 10, "", 10),
                event(EventKind.DEFROST, 20, "", 25),
                event(EventKind.OPERATING_MODE, 20, "", 20),
                event(EventKind.OPERATING_MODE, 30, "", 30),
                error(40, 718, false, 40));
        store.replace(cellar, at(0), at(60), events, at(60), 1);
        store.replace(
                reader.number("annex").orElseThrow(),
                at(0),
                at(60),
                List.of(event(EventKind.OPERATING_MODE, 15, "", 15)),
                at(60),
                1);

        var modes = reader.page(cellar, at(10), at(40), List.of(EventKind.OPERATING_MODE, EventKind.DEFROST), 0, 2);
        var second = reader.page(cellar, at(10), at(40), List.of(EventKind.OPERATING_MODE, EventKind.DEFROST), 1, 2);

        assertThat(modes.total()).isEqualTo(4);
        assertThat(modes.events())
                .extracting(e -> e.kind, e -> e.time)
                .containsExactly(
                        tuple("operating-mode", at(30).toEpochMilli()), tuple("defrost", at(20).toEpochMilli()));
        assertThat(second.events())
                .extracting(e -> e.kind, e -> e.time)
                .containsExactly(
                        tuple("operating-mode", at(20).toEpochMilli()), tuple("operating-mode", at(10).toEpochMilli()));
        assertThat(reader.page(cellar, at(0), at(60), List.of(), 0, 100).total())
                .isEqualTo(5);
    }

    @Test
    void aRecomputationReachesTheEndOfAStoredSpanThatOverlapsItsRange() {
        JournalEvent lock = event(EventKind.UTILITY_LOCK, 50, "", 170);
        lock.ended = at(170).toEpochMilli();
        store.replace(cellar, at(0), at(200), List.of(lock, event(EventKind.DEFROST, 10, "", 15)), at(200), 1);

        assertThat(reader.reach(cellar, at(60), at(100))).contains(at(170));
        assertThat(reader.reach(cellar, at(180), at(190))).isEmpty();
        assertThat(reader.reach(cellar, at(0), at(12))).contains(at(15));
    }

    @Test
    void findsTheFirstAndLastPollOfAController() throws Exception {
        Snapshot later = TestSnapshots.dump(TestSnapshots.BOUNI, at(30));
        standalone.store().store(List.of(new ControllerPoll("cellar", later)));

        assertThat(reader.firstPoll(cellar, Instant.EPOCH)).contains(T0);
        assertThat(reader.firstPoll(cellar, at(1))).contains(at(30));
        assertThat(reader.lastPoll(cellar)).contains(at(30));
        assertThat(reader.number("nobody")).isEmpty();
    }
}
