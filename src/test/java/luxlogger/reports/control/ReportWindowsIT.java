package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.PollStore;
import luxlogger.readings.control.StoreException;
import luxlogger.readings.control.TimeRange;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.entity.ReportSettings;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled reports inside the running server (Arquillian), from polls in the real store: in Berlin, across both
 * clock changes of 2026, with CSV_TIME 02:30, inside the changed hour both times (the Arquillian server's
 * server.xml sets TZ and CSV_TIME). Polls every 5 minutes, far from the server's own live polls.
 */
@ExtendWith(ArquillianExtension.class)
class ReportWindowsIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime CSV_TIME = LocalTime.of(2, 30);
    private static final Duration STEP = Duration.ofMinutes(5);

    @Inject
    Reports reports;

    @Inject
    PollStore store;

    @Inject
    ReportSettings settings;

    @Deployment
    static WebArchive application() throws URISyntaxException {
        File assertj = new File(Assertions.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return ShrinkWrap.create(WebArchive.class, "reportwindows-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/lux-logger.war")))
                .addClass(ReportWindowsIT.class)
                .addAsLibraries(assertj);
    }

    /**
     * CSV_TIME on a day as the README says it resolves: in the hour skipped in spring one hour later (03:30
     * summer time), in the hour repeated in autumn the first time (02:30 summer time).
     */
    private static Instant csvTime(LocalDate day) {
        return ZonedDateTime.of(day, CSV_TIME, BERLIN).toInstant();
    }

    /** Stores a poll every 5 minutes of [from, to); returns their instants. */
    private List<Instant> storePolls(Instant from, Instant to) throws StoreException {
        var model = new HeatPumpModel(Profile.CURRENT, 3, from);
        List<Instant> times = new ArrayList<>();
        List<Snapshot> batch = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(STEP)) {
            batch.add(model.snapshotAt(t));
            times.add(t);
            if (batch.size() == 500) {
                store.store(batch.stream()
                        .map(s -> new ControllerPoll("heatpump", s))
                        .toList());
                batch.clear();
            }
        }
        store.store(batch.stream().map(s -> new ControllerPoll("heatpump", s)).toList());
        return times;
    }

    /** The {@code unix_time} of every row of a report. */
    private static List<Instant> rows(Path report) throws IOException {
        List<String> lines = Files.readAllLines(report);
        return lines.subList(1, lines.size()).stream()
                .map(line -> Instant.ofEpochSecond(Long.parseLong(line.split(",", 3)[1])))
                .toList();
    }

    /** The daily report of a day as the schedule writes it, at its time or later in a catch-up. */
    private Path daily(LocalDate day) {
        Report report = reports.write("heatpump", Kind.DAILY, day).get(0);
        assertThat(report.path()).isEqualTo(settings.dailyDir().resolve(day + "_daily.csv"));
        return report.path();
    }

    private Path weekly(LocalDate day) {
        Report report = reports.write("heatpump", Kind.WEEKLY, day).get(0);
        assertThat(report.path()).isEqualTo(settings.weeklyDir().resolve(day + "_weekly.csv"));
        return report.path();
    }

    @Test
    void consecutiveDailyReportsHoldEveryPollExactlyOnceAcrossBothClockChangesOf2026() throws Exception {
        assertThat(settings.zone()).isEqualTo(BERLIN);
        assertThat(settings.csvTime()).isEqualTo(CSV_TIME);
        // spring: 2026-03-29 02:00 CET jumps to 03:00 CEST; autumn: 2026-10-25 03:00 CEST falls back to 02:00 CET
        for (LocalDate[] days : new LocalDate[][] {
            {LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 31)},
            {LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 27)}
        }) {
            Instant first = csvTime(days[0].minusDays(1));
            Instant last = csvTime(days[1]);
            List<Instant> stored = storePolls(first.minus(Duration.ofHours(2)), last.plus(Duration.ofHours(2)));

            List<Instant> reported = new ArrayList<>();
            for (LocalDate day = days[0]; !day.isAfter(days[1]); day = day.plusDays(1)) {
                List<Instant> rows = rows(daily(day));
                assertThat(rows)
                        .as(day.toString())
                        .allSatisfy(row -> assertThat(row).isBetween(first, last));
                reported.addAll(rows);
            }

            assertThat(reported)
                    .as("polls of the daily reports %s to %s", days[0], days[1])
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(stored.stream()
                            .filter(t -> !t.isBefore(first) && t.isBefore(last))
                            .toList());
        }
        // 02:30 on the day of each change: 03:30 summer time in spring, the first 02:30 (summer time) in autumn
        assertThat(rows(daily(LocalDate.of(2026, 3, 30)))).hasSize(23 * 12);
        assertThat(rows(daily(LocalDate.of(2026, 10, 26)))).hasSize(25 * 12);
    }

    @Test
    void theWeeklyReportIsTheUnionOfItsSevenDailyWindows() throws Exception {
        // Monday 2026-10-26 (WEEKLY_DAY's default): the week holds the 25-hour day of the autumn change
        LocalDate monday = LocalDate.of(2026, 10, 26);
        storePolls(csvTime(monday.minusDays(8)), csvTime(monday.plusDays(1)));
        List<Instant> days = new ArrayList<>();
        for (LocalDate day = monday.minusDays(6); !day.isAfter(monday); day = day.plusDays(1)) {
            days.addAll(rows(daily(day)));
        }
        assertThat(rows(weekly(monday))).containsExactlyElementsOf(days).hasSize(7 * 24 * 12 + 12);
    }

    @Test
    void anUndecodablePollIsSkippedAndTheReportGoesOn() throws Exception {
        Instant from = Instant.parse("2026-01-10T00:00:00Z");
        storePolls(from, from.plus(Duration.ofHours(1)));
        Instant broken = from.plus(Duration.ofMinutes(30));
        DataSource database = InitialContext.doLookup("jdbc/luxlogger");
        try (var connection = database.getConnection();
                var update = connection.prepareStatement("UPDATE poll SET data = X'01FFFF' WHERE time = ?")) {
            update.setLong(1, broken.toEpochMilli());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        Report report = reports.write(
                        "heatpump", new TimeRange(from, from.plus(Duration.ofHours(1))), List.of(ExportFormat.CSV))
                .get(0);

        assertThat(report.rows()).isEqualTo(11);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(rows(report.path())).hasSize(11).doesNotContain(broken);
    }
}
