package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import luxlogger.diagnosis.entity.DayFigures;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.diagnosis.entity.InstallationSettings;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.energy.control.DayCalculation;
import luxlogger.energy.control.DaySummaries;
import luxlogger.energy.entity.DaySummary;
import luxlogger.journal.control.JournalReader;
import luxlogger.journal.control.JournalStore;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a simulated winter week (the current-firmware model, an air/water unit) stored through the product's
 * own store in a real SQLite file, computed as the server computes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthReportsTest {

    private static final Instant MONDAY = Instant.parse("2025-01-13T00:00:00Z");
    private static final Instant NOW = Instant.parse("2025-02-01T00:00:00Z");
    private static final Duration POLL = Duration.ofSeconds(30);

    @TempDir
    static Path directory;

    private StandaloneStore store;
    private DaySummaries summaries;
    private HealthReports reports;

    @BeforeAll
    void week() throws Exception {
        store = new StandaloneStore(directory.resolve("week.db"));
        var model = new HeatPumpModel(Profile.CURRENT, 7, MONDAY);
        List<ControllerPoll> polls = new ArrayList<>();
        for (Instant time = MONDAY;
                time.isBefore(MONDAY.plus(Duration.ofDays(7)).plusSeconds(300));
                time = time.plus(POLL)) {
            polls.add(new ControllerPoll("heatpump", model.snapshotAt(time)));
            if (polls.size() == 500) {
                store.store().store(polls);
                polls.clear();
            }
        }
        store.store().store(polls);
        summaries = new DaySummaries(store.entityManager(), store.transaction(), store.reader());
        reports = new HealthReports(store.reader(), summaries, new JournalReader(store.entityManager()));
    }

    @AfterAll
    void close() {
        store.close();
    }

    private HealthReport report(InstallationSettings installation) {
        return reports.report(new HealthRequest(
                "heatpump",
                MONDAY,
                MONDAY.plus(Duration.ofDays(7)),
                "2025-W03",
                ZoneOffset.UTC,
                POLL,
                Month.SEPTEMBER,
                installation,
                NOW));
    }

    @Test
    void aStoredWeekIsReportedByEveryRuleWithItsDays() {
        HealthReport report = report(InstallationSettings.none());

        assertThat(report.controller()).isEqualTo("heatpump");
        assertThat(report.week()).isEqualTo("2025-W03");
        assertThat(report.zone()).isEqualTo("Z");
        assertThat(report.coverage()).isEqualTo(100.0);
        assertThat(report.source()).isEqualTo("air");
        assertThat(report.sourceFrom()).isEqualTo("controller");
        assertThat(report.findings()).extracting(Finding::rule).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(report.findings()).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(report.findings().get(1).unsupported()).isEqualTo("no rated output given (RATED_OUTPUT_KW)");
        assertThat(report.findings().get(5).severity()).isNotEqualTo(Severity.UNSUPPORTED);
        Severity worst =
                report.findings().stream().map(Finding::severity).reduce(Severity.UNSUPPORTED, Severity::worse);
        assertThat(report.severity()).isEqualTo(worst);
        assertThat(report.days())
                .extracting(DayFigures::day)
                .containsExactly(
                        "2025-01-13",
                        "2025-01-14",
                        "2025-01-15",
                        "2025-01-16",
                        "2025-01-17",
                        "2025-01-18",
                        "2025-01-19");
        assertThat(report.days()).allSatisfy(day -> {
            assertThat(day.coverage()).isEqualTo(100.0);
            assertThat(day.cop()).isBetween(2.5, 5.0);
            assertThat(day.flowMean()).isBetween(25.0, 55.0);
            assertThat(day.spread()).isPositive();
        });
        assertThat(report.seasonal().season()).isEqualTo("2024/25");
        assertThat(report.seasonal().factor()).isBetween(2.5, 5.0);
        assertThat(report.seasonal().text()).contains("since 13 January 2025", "monitored air-source systems");
    }

    @Test
    void theDaysThePassComputedAreThoseOfTheEnergySummaryAndAreKept() throws Exception {
        report(InstallationSettings.none());

        List<DaySummary> kept = summaries.days(
                "heatpump",
                LocalDate.of(2025, 1, 13),
                LocalDate.of(2025, 1, 19),
                ZoneOffset.UTC,
                POLL,
                NOW.plusSeconds(9));
        assertThat(kept).hasSize(7).allSatisfy(day -> assertThat(day.computed).isEqualTo(NOW.toEpochMilli()));
        for (DaySummary day : kept) {
            // the energy summary's own computation, from every value of every poll
            var calculation = new DayCalculation(LocalDate.parse(day.day), ZoneOffset.UTC, POLL);
            store.reader().forEach("heatpump", calculation.from(), calculation.to(), calculation);
            assertThat(figures(day)).isEqualTo(figures(calculation.result()));
        }
    }

    @Test
    void aHeatSourceGivenWinsOverTheControllersType() {
        HealthReport report = report(new InstallationSettings(HeatSource.GROUND, Map.of(), 9.0, Map.of()));

        assertThat(report.source()).isEqualTo("ground");
        assertThat(report.sourceFrom()).isEqualTo("setting");
        assertThat(report.ratedOutputKw()).isEqualTo(9.0);
        assertThat(report.findings().get(7).unsupported()).isEqualTo("not an air-source unit");
        assertThat(report.findings().get(1).severity()).isNotEqualTo(Severity.UNSUPPORTED);
        assertThat(report.seasonal().text()).contains("Fraunhofer");
    }

    @Test
    void recurringErrorsComeFromTheJournalWithoutItsHistory() {
        var journal = new JournalStore(store.entityManager(), store.transaction());
        int number = store.reader().number("heatpump").orElseThrow();
        Instant tuesday = MONDAY.plus(Duration.ofDays(1));
        journal.replace(
                number,
                MONDAY,
                NOW,
                List.of(
                        error(tuesday, 718, false),
                        error(tuesday.plus(Duration.ofHours(5)), 718, false),
                        error(tuesday.plus(Duration.ofHours(6)), 701, true),
                        error(tuesday.plus(Duration.ofHours(7)), 701, true)),
                null,
                1);

        Finding faults = report(InstallationSettings.none()).findings().get(10);

        assertThat(faults.severity()).isEqualTo(Severity.WARNING);
        assertThat(faults.summary()).isEqualTo("Error 718 max. outdoor temp. occurred 2 times in the period.");
    }

    @Test
    void aPeriodWithoutPollsSaysSoInEveryRule() {
        HealthReport report = reports.report(new HealthRequest(
                "heatpump",
                Instant.parse("2025-03-03T00:00:00Z"),
                Instant.parse("2025-03-10T00:00:00Z"),
                "2025-W10",
                ZoneOffset.UTC,
                POLL,
                Month.SEPTEMBER,
                InstallationSettings.none(),
                NOW.plus(Duration.ofDays(60))));

        assertThat(report.coverage()).isZero();
        assertThat(report.source()).isNull();
        assertThat(report.severity()).isEqualTo(Severity.WARNING);
        assertThat(report.findings().get(0).unsupported()).isEqualTo("not enough data: 0 % covered (90 % needed)");
        assertThat(report.days())
                .hasSize(7)
                .allSatisfy(day -> assertThat(day.starts()).isNull());
    }

    private static JournalEvent error(Instant time, int code, boolean history) {
        JournalEvent event = Judging.event(
                EventKind.ERROR, time, code, code == 718 ? "718 max. outdoor temp." : "701 error low pressure");
        event.history = history;
        return event;
    }

    /** The public figures of a day row, without who computed it when. */
    private static List<Object> figures(DaySummary day) throws IllegalAccessException {
        List<Object> figures = new ArrayList<>();
        for (Field field : DaySummary.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())
                    && !field.getName().equals("computed")
                    && !field.getName().equals("controller")) {
                figures.add(field.getName() + "=" + field.get(day));
            }
        }
        return figures;
    }
}
