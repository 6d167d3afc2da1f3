package luxlogger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import luxlogger.energy.control.DaySummaries;
import luxlogger.energy.entity.DaySummary;
import luxlogger.imports.control.ImportRun;
import luxlogger.imports.control.Samples;
import luxlogger.journal.control.JournalStore;
import luxlogger.readings.control.StandaloneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} as a user runs it, on the real samples and real SQLite files. */
class ImportCommandTest {

    private static final LocalDate SAMPLE_DAY = LocalDate.of(2025, 1, 6);

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
    void importsTheSampleIntoAFileAndASecondRunFindsEveryPollPresent() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        Path database = folder.resolve("data/luxlogger.db");
        Files.createDirectories(database.getParent());

        Result first = run("import", "--from", sample.toString(), "--to", database.toString(), "--zone", "UTC");
        Result again = run("import", "--from", sample.toString(), "--to", database.toString(), "--zone", "UTC");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("imported " + sample + " into " + database + " (controller heatpump, zone UTC)")
                .contains("rows read        120")
                .contains("polls imported   120")
                .contains("already present  0")
                .contains("rows rejected    0")
                .contains("values exact     196,080 of 196,080 (100.0000 %)")
                .contains("imported span    2025-01-06T00:00:00.118590Z to ")
                .contains("labels several codes share (stored as the first code), per field:")
                .doesNotContain("not turned back exactly");
        assertThat(first.err()).isEmpty();
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("polls imported   0", "already present  120");
        try (var stored = new StandaloneStore(database)) {
            assertThat(stored.reader().count()).isEqualTo(120);
        }
    }

    @Test
    void aFileThatIsNoneOfTheEarlierLoggersIsNamedAndNothingIsCreated() throws Exception {
        Path text = folder.resolve("notes.db");
        Files.writeString(text, "just text", StandardCharsets.UTF_8);
        Path database = folder.resolve("luxlogger.db");

        Result result = run("import", "--from", text.toString(), "--to", database.toString());

        assertThat(result.exitCode()).isEqualTo(ImportCommand.BAD_FILE);
        assertThat(result.err()).contains(text + " is not an SQLite database; nothing was imported");
        assertThat(database).doesNotExist();
    }

    @Test
    void aDatabaseItCannotOpenIsNamed() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        Path notADatabase = Files.writeString(folder.resolve("luxlogger.db"), "not a database");

        Result result = run("import", "--from", sample.toString(), "--to", notADatabase.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("import: cannot open " + notADatabase + ": ");
    }

    @Test
    void aBadZoneIsAUsageError() throws Exception {
        Result result = run("import", "--from", "cache.db", "--zone", "Mars/Base");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--zone='Mars/Base' is invalid");
    }

    @Test
    void theDatabaseIsTheServersCachePathOrAFileHere() {
        assertThat(ImportCommand.database(Map.of("CACHE_PATH", "/app/data/luxlogger.db")))
                .isEqualTo(Path.of("/app/data/luxlogger.db"));
        assertThat(ImportCommand.database(Map.of())).isEqualTo(Path.of("luxlogger.db"));
    }

    @Test
    void anImportTheDatabaseStopsIsNamedAndCompletesWhenRunAgain() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        Path database = folder.resolve("luxlogger.db");
        new StandaloneStore(database).close();
        sql(
                database,
                "CREATE TRIGGER refuse_polls BEFORE INSERT ON poll WHEN (SELECT COUNT(*) FROM poll) >= 30"
                        + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");

        Result stopped = run("import", "--from", sample.toString(), "--to", database.toString(), "--zone", "UTC");
        sql(database, "DROP TRIGGER refuse_polls");
        Result again = run("import", "--from", sample.toString(), "--to", database.toString(), "--zone", "UTC");

        assertThat(stopped.exitCode()).isEqualTo(ImportCommand.STOPPED);
        assertThat(stopped.err())
                .contains("import: stopped after 0 polls, which are stored in " + database)
                .contains("database or disk is full");
        assertThat(again.out()).contains("polls imported   120");
    }

    /**
     * The server computes a day summary once and keeps it, and walks the journal only forward: an import on the
     * command line forgets the one and moves the other back, so that the server computes both again.
     */
    @Test
    void theSummariesAndTheJournalOfTheImportedDaysAreComputedAgain() throws Exception {
        Path sample = Samples.database(Samples.SAMPLE, folder);
        Path firstHalf = folder.resolve("first-half.db");
        Files.copy(sample, firstHalf);
        sql(firstHalf, "DELETE FROM sensor_data WHERE timestamp >= 1736123400");
        Path database = folder.resolve("luxlogger.db");
        Instant journalDone = Instant.parse("2025-01-06T02:00:00Z");
        try (var server = new StandaloneStore(database)) {
            new ImportRun(server.store()).run(firstHalf, "heatpump", ZoneOffset.UTC);
            assertThat(summaries(server))
                    .singleElement()
                    .satisfies(day -> assertThat(day.samples).isEqualTo(60));
            int number = server.reader().number("heatpump").orElseThrow();
            new JournalStore(server.entityManager(), server.transaction())
                    .replace(number, Instant.EPOCH, journalDone, List.of(), journalDone, 2);
        }

        Result result = run("import", "--from", sample.toString(), "--to", database.toString(), "--zone", "UTC");

        assertThat(result.out()).contains("polls imported   60");
        assertThat(count(database, "SELECT COUNT(*) FROM day_summary")).isZero();
        assertThat(count(database, "SELECT through FROM journal_progress"))
                .isEqualTo(Instant.parse("2025-01-06T00:30:00.116Z").toEpochMilli());
        try (var server = new StandaloneStore(database)) {
            assertThat(summaries(server))
                    .singleElement()
                    .satisfies(day -> assertThat(day.samples).isEqualTo(120));
        }
    }

    private static List<DaySummary> summaries(StandaloneStore store) {
        return new DaySummaries(store.entityManager(), store.transaction(), store.reader())
                .days("heatpump", SAMPLE_DAY, SAMPLE_DAY, ZoneOffset.UTC, Duration.ofSeconds(30), Instant.now());
    }

    private static long count(Path database, String query) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                var rows = connection.createStatement().executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }

    private static void sql(Path database, String statement) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                var run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
