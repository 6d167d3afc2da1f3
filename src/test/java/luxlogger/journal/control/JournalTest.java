package luxlogger.journal.control;

import static luxlogger.journal.control.TestPolls.BOUNI;
import static luxlogger.journal.control.TestPolls.INTERVAL;
import static luxlogger.journal.control.TestPolls.dump;
import static luxlogger.journal.control.TestPolls.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.readings.entity.PollFailure;
import luxlogger.readings.entity.PollsStored;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal over a real SQLite file and the real walker, as the server runs it after each commit of polls: the
 * first poll's slots as history, new errors counted once, the same rows after a restart, late polls walked again.
 * The executor runs each task at once, so each run is over when the polls are announced.
 */
class JournalTest {

    private static final String NAME = "heatpump";

    @TempDir
    Path directory;

    private StandaloneStore standalone;
    private final AtomicLong counted = new AtomicLong();
    private Journal journal;

    @BeforeEach
    void database() {
        standalone = new StandaloneStore(directory.resolve("journal.db"));
        journal = journal();
    }

    @AfterEach
    void close() {
        standalone.close();
    }

    /** A journal as the server makes one, as after a start of the logger. */
    private Journal journal() {
        var journal = new Journal();
        journal.store = new JournalStore(standalone.entityManager(), standalone.transaction());
        journal.reader = new JournalReader(standalone.entityManager());
        journal.polls = standalone.reader();
        Counter counter = standIn(Counter.class, (method, args) -> {
            counted.addAndGet(args == null ? 1 : (Long) args[0]);
            return null;
        });
        journal.metrics = standIn(MetricRegistry.class, (method, args) -> counter);
        var settings = new ReadingsSettings(INTERVAL, directory, 365, ZoneOffset.UTC);
        journal.settings = standIn(Instance.class, (method, args) -> settings);
        journal.executor = standIn(ManagedExecutorService.class, (method, args) -> {
            ((Runnable) args[0]).run();
            return method.equals("submit") ? CompletableFuture.completedFuture(null) : null;
        });
        journal.start(List.of(NAME));
        return journal;
    }

    /** Stores the polls and failed polls as the writer does, and announces them. */
    private void store(List<Snapshot> polls, List<PollFailure> failures) throws Exception {
        standalone
                .store()
                .store(polls.stream().map(p -> new ControllerPoll(NAME, p)).toList(), failures);
        PollsStored.of(polls.stream().map(p -> new ControllerPoll(NAME, p)).toList(), failures, NAME)
                .forEach(journal::stored);
    }

    private void store(Snapshot... polls) throws Exception {
        store(List.of(polls), List.of());
    }

    private List<JournalEvent> events() {
        return journal.events(NAME, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
    }

    private static List<String> rows(List<JournalEvent> events) {
        return events.stream()
                .map(e -> String.join(
                        " ",
                        e.kind,
                        Instant.ofEpochMilli(e.time).toString(),
                        e.subject,
                        String.valueOf(e.ended),
                        String.valueOf(e.detected),
                        e.text,
                        String.valueOf(e.history),
                        String.valueOf(e.approximate)))
                .toList();
    }

    @Test
    void theFirstPollsSlotsAreHistoryAndANewErrorIsCountedOnce() throws Exception {
        TestPolls poll = dump(BOUNI);
        store(poll.after(0), poll.after(30));

        assertThat(events()).hasSize(10).allMatch(e -> e.history);
        assertThat(counted).hasValue(0);
        assertThat(journal.status(NAME)).hasValueSatisfying(status -> {
            assertThat(status.errors()).isZero();
            assertThat(status.lastError()).isEqualTo("2016-12-16T05:00:44Z 721 low pressure switch-off");
        });

        for (int i = 4; i > 0; i--) {
            poll.c(95 + i, poll.c(95 + i - 1)).c(100 + i, poll.c(100 + i - 1));
        }
        poll.c(95, 1482965000).c(100, 718);
        store(poll.after(60));
        store(poll.after(90), poll.after(120));

        assertThat(events())
                .filteredOn(e -> !e.history)
                .extracting(e -> e.kind, e -> e.subject)
                .containsExactly(tuple("error", "718"));
        assertThat(counted).hasValue(1);
        assertThat(journal.status(NAME)).hasValueSatisfying(status -> {
            assertThat(status.errors()).isEqualTo(1);
            assertThat(status.lastError()).isEqualTo("2016-12-28T22:43:20Z 718 max. outdoor temp.");
        });
    }

    @Test
    void aRestartedLoggerFindsTheSameRowsAndCountsNothingAgain() throws Exception {
        TestPolls poll = dump(BOUNI);
        List<Snapshot> polls = new ArrayList<>();
        for (int s = 0; s <= 600; s += 30) {
            polls.add(poll.after(s));
        }
        poll.c(95, 1482965000).c(100, 718);
        polls.add(poll.after(630));
        store(polls, List.of(new PollFailure(NAME, t(645), "connection refused")));
        store(poll.after(660));
        List<String> before = rows(events());

        journal = journal();
        assertThat(journal.catchUp(NAME, Duration.ofMinutes(1))).isTrue();

        assertThat(rows(events())).isEqualTo(before);
        assertThat(before).anyMatch(row -> row.startsWith("unreachable"));
        assertThat(counted).hasValue(1);
        assertThat(journal.status(NAME))
                .hasValueSatisfying(status -> assertThat(status.errors()).isEqualTo(1));
    }

    @Test
    void pollsWithoutEventsWriteTheProgressAtMostEveryFiveMinutesAndARestartFindsTheSameRows() throws Exception {
        TestPolls poll = dump(BOUNI);
        store(poll.after(0));
        store(poll.after(30));
        for (int s = 60; s < 330; s += 30) {
            store(poll.after(s));
        }
        // each write of the progress takes SQLite's single writer from the polls
        assertThat(through()).isEqualTo(t(30));
        store(poll.after(330));
        assertThat(through()).isEqualTo(t(330));
        store(poll.after(360));
        List<String> before = rows(events());

        journal = journal();
        assertThat(journal.catchUp(NAME, Duration.ofMinutes(1))).isTrue();

        assertThat(rows(events())).isEqualTo(before);
        assertThat(through()).isEqualTo(t(360));
    }

    private Instant through() {
        var reader = new JournalReader(standalone.entityManager());
        return reader.progress(reader.number(NAME).orElseThrow()).orElseThrow().through();
    }

    @Test
    void aRestartedLoggerCatchesUpWithItsFirstCommitAndSeesItsOwnGap() throws Exception {
        TestPolls poll = dump(BOUNI);
        store(poll.after(0), poll.after(30), poll.after(60));
        List<String> before = rows(events());

        journal = journal();
        store(poll.after(600));

        List<JournalEvent> after = events();
        assertThat(rows(after)).containsAll(before).hasSize(before.size() + 1);
        assertThat(after)
                .filteredOn(e -> e.kind.equals(EventKind.LOGGER_DOWN.key()))
                .extracting(e -> e.time, e -> e.ended)
                .containsExactly(tuple(TestPolls.ms(60), TestPolls.ms(600)));
    }

    @Test
    void latePollsInAGapReplaceTheLoggerDownTheyFill() throws Exception {
        TestPolls poll = dump(BOUNI);
        store(poll.after(0), poll.after(30), poll.after(60));
        store(poll.after(300), poll.after(330));
        assertThat(events())
                .filteredOn(e -> e.kind.equals(EventKind.LOGGER_DOWN.key()))
                .hasSize(1);

        // a spill file replayed late: the polls the database missed
        List<Snapshot> late = new ArrayList<>();
        for (int s = 90; s <= 270; s += 30) {
            late.add(poll.after(s));
        }
        store(late, List.of());
        store(poll.after(360));

        assertThat(events())
                .filteredOn(e -> e.kind.equals(EventKind.LOGGER_DOWN.key()))
                .isEmpty();
        assertThat(events()).hasSize(10);
    }

    @Test
    void aControllerWithoutPollsHasNoJournal() {
        assertThat(journal.catchUp("nobody", Duration.ofMinutes(1))).isTrue();

        assertThat(journal.status("nobody")).isEmpty();
        assertThat(journal.events("nobody", Instant.EPOCH, Instant.now())).isEmpty();
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
