package luxlogger.energy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import luxlogger.energy.entity.DaySummary;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day summaries kept in a real SQLite file, computed from polls stored through the product's store. */
class DaySummariesTest {

    private static final Duration POLL = Duration.ofSeconds(30);
    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 13);

    @TempDir
    Path directory;

    private StandaloneStore standalone;
    private DaySummaries summaries;

    @BeforeEach
    void store() throws Exception {
        standalone = new StandaloneStore(directory.resolve("summaries.db"));
        summaries = new DaySummaries();
        summaries.em = standalone.entityManager();
        summaries.writer = standalone.entityManager();
        summaries.transaction = standalone.transaction();
        summaries.polls = standalone.reader();
        Instant start = MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        var model = new HeatPumpModel(Profile.CURRENT, 7, start);
        List<ControllerPoll> polls = new ArrayList<>();
        // two days and the first polls of the third: the second day has its closing poll after midnight
        for (Instant time = start;
                time.isBefore(start.plus(Duration.ofHours(48).plusMinutes(5)));
                time = time.plus(POLL)) {
            polls.add(new ControllerPoll("heatpump", model.snapshotAt(time)));
        }
        standalone.store().store(polls);
    }

    @AfterEach
    void close() {
        standalone.close();
    }

    private List<DaySummary> days(Instant now) {
        return summaries.days("heatpump", MONDAY.minusDays(3), MONDAY.plusDays(5), ZoneOffset.UTC, POLL, now);
    }

    @Test
    void daysWithPollsAreComputedOnceKeptAndServedFromTheTable() throws Exception {
        Instant later = Instant.parse("2025-02-01T00:00:00Z");

        List<DaySummary> first = days(later);

        assertThat(first).extracting(d -> d.day).containsExactly("2025-01-13", "2025-01-14", "2025-01-15");
        assertThat(first.get(0).samples).isEqualTo(2_880);
        assertThat(first.get(0).copTotal).isBetween(2.5, 5.0);
        assertThat(rows()).isEqualTo(3);
        // asked again, the kept rows are served: computed stays the first computation's
        assertThat(days(later.plusSeconds(60))).extracting(d -> d.computed).containsOnly(later.toEpochMilli());
    }

    @Test
    void aRowComputedBeforeItsDayWasOverOrForgottenIsComputedAgain() throws Exception {
        Instant duringTuesday = Instant.parse("2025-01-14T12:00:00Z");
        days(duringTuesday);

        Instant later = Instant.parse("2025-02-01T00:00:00Z");
        List<DaySummary> again = days(later);

        // Monday was over (its closing poll stored) when first computed; Tuesday was not
        assertThat(again.get(0).computed).isEqualTo(duringTuesday.toEpochMilli());
        assertThat(again.get(1).computed).isEqualTo(later.toEpochMilli());

        assertThat(summaries.forget("heatpump", MONDAY, MONDAY)).isOne();
        assertThat(days(later.plusSeconds(1)).get(0).computed)
                .isEqualTo(later.plusSeconds(1).toEpochMilli());
        assertThat(summaries.forget("garage", MONDAY, MONDAY)).isZero();
    }

    @Test
    void aRowThatCannotBeKeptIsAnsweredAllTheSame() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("summaries.db"));
                var statement = db.createStatement()) {
            statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON day_summary"
                    + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }

        List<DaySummary> days = days(Instant.parse("2025-02-01T00:00:00Z"));

        assertThat(days).hasSize(3);
        assertThat(rows()).isZero();
    }

    @Test
    void aControllerWithoutPollsHasNoSummary() {
        assertThat(summaries.days("garage", MONDAY, MONDAY, ZoneOffset.UTC, POLL, Instant.now()))
                .isEmpty();
    }

    private long rows() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("summaries.db"));
                var statement = db.createStatement();
                var result = statement.executeQuery("SELECT COUNT(*) FROM day_summary")) {
            return result.getLong(1);
        }
    }
}
