package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.control.StoreException;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which stored polls a publisher owes the broker, read from a real SQLite file. */
class UnpublishedPollsTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path directory;

    private StandaloneStore store;
    private UnpublishedPolls unpublished;

    @BeforeEach
    void open() {
        store = new StandaloneStore(directory.resolve("polls.db"));
        unpublished = new UnpublishedPolls(store.reader(), "heatpump");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFirstTimeOnlyTheNewestPollIsDueSinceTheOnesBeforeBelongToAnEarlierRun() throws StoreException {
        store(0, 1, 2);

        var due = unpublished.due(at(2), MqttPublisher.BURST);

        assertThat(times(due)).containsExactly(at(2));
        assertThat(due.skipped()).isZero();
    }

    @Test
    void afterAConfirmedStateThePollsSinceAreDueInOrderUpToTheBurst() throws StoreException {
        store(0);
        unpublished.published(times(unpublished.due(at(0), 1)).get(0));
        store(1, 2, 3);

        var due = unpublished.due(at(3), 3);

        assertThat(times(due)).containsExactly(at(1), at(2), at(3));
        assertThat(due.skipped()).isZero();
    }

    @Test
    void aBacklogLongerThanTheBurstGivesOnlyTheNewestAndCountsTheRest() throws StoreException {
        store(0);
        unpublished.published(at(0));
        store(1, 2, 3, 4);

        var due = unpublished.due(at(4), 3);

        assertThat(times(due)).containsExactly(at(4));
        assertThat(due.skipped()).isEqualTo(3);
    }

    @Test
    void whenTheFirstStateWasNeverConfirmedItsPollAndTheLaterOnesCountAsSkipped() throws StoreException {
        // the broker went away before it confirmed the first state: nothing of this run was published
        store(0);
        assertThat(times(unpublished.due(at(0), 1))).containsExactly(at(0));
        store(1, 2, 3);

        var due = unpublished.due(at(3), 1);

        assertThat(times(due)).containsExactly(at(3));
        assertThat(due.skipped()).isEqualTo(3);
    }

    private void store(int... seconds) throws StoreException {
        Snapshot dump = Profile.BOUNI_V3_78.snapshot();
        for (int second : seconds) {
            store.store()
                    .store(List.of(new ControllerPoll(
                            "heatpump",
                            new Snapshot(at(second), dump.parameters(), dump.calculations(), dump.visibilities()))));
        }
    }

    private static List<Instant> times(UnpublishedPolls.Due due) {
        return due.polls().stream().map(Snapshot::time).toList();
    }

    private static Instant at(int second) {
        return START.plusSeconds(second);
    }
}
