package luxlogger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import luxlogger.diagnosis.control.HealthReports;
import luxlogger.diagnosis.control.HealthRequest;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.diagnosis.entity.InstallationSettings;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.energy.control.DaySummaries;
import luxlogger.journal.control.JournalReader;
import luxlogger.readings.control.FileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history} as a user runs it to try the health report: a simulated week into a real SQLite file. */
class HistoryCommandTest {

    /** A week of 30 s polls, an hour before it and five minutes after. */
    private static final int POLLS = 7 * 2_880 + 120 + 10;

    @TempDir
    Path folder;

    private record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    @Test
    void storesAScenariosWeekThatTheHealthReportJudgesAndASecondRunKeepsWhatIsThere() throws Exception {
        Path database = folder.resolve("luxlogger.db");
        String[] args = {
            "history", "--week", "2026-W03", "--scenario", "short-cycling", "--to", database.toString(),
        };

        Result first = run(args);
        Result again = run(args);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("history: " + POLLS + " polls of heatpump (current, scenario short-cycling)");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("history: 0 polls").contains(POLLS + " were stored before and kept");

        ZoneId zone = ZoneId.systemDefault();
        Instant monday = LocalDate.of(2026, 1, 12).atStartOfDay(zone).toInstant();
        try (var store = new FileStore(database, "heatpump")) {
            var reports = new HealthReports(
                    store.reader(),
                    new DaySummaries(store.entityManager(), store.transaction(), store.reader()),
                    new JournalReader(store.entityManager()));
            HealthReport report = reports.report(new HealthRequest(
                    "heatpump",
                    monday,
                    monday.plus(Duration.ofDays(7)),
                    "2026-W03",
                    zone,
                    Duration.ofSeconds(30),
                    Month.SEPTEMBER,
                    InstallationSettings.none(),
                    Instant.now()));
            assertThat(report.coverage()).isGreaterThan(99);
            Finding cycling = report.findings().stream()
                    .filter(f -> f.id().equals("short-cycling"))
                    .findFirst()
                    .orElseThrow();
            assertThat(cycling.severity()).isEqualTo(Severity.WARNING);
        }
    }

    @Test
    void aWeekThatIsNoneIsNamed() {
        Result result = run(
                "history", "--week", "2026-W60", "--to", folder.resolve("x.db").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--week='2026-W60' is invalid: expected an ISO week such as 2026-W03");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsNamed() {
        Path folderAsFile = folder;
        Result result = run("history", "--week", "2026-W03", "--to", folderAsFile.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("history: cannot open " + folderAsFile);
    }
}
