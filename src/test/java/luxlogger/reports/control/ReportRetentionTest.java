package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention of reports: by the day in their name, ranges by their file time, and crash leftovers. */
class ReportRetentionTest {

    @TempDir
    Path dir;

    private ReportFolders folders;
    private Path daily;
    private Path weekly;
    private ReportFiles files;

    @BeforeEach
    void folders() throws IOException {
        folders = ReportFolders.in(dir);
        daily = folders.daily();
        weekly = folders.weekly();
        files = folders.files();
    }

    private static Path report(Path folder, String name) throws IOException {
        return ReportFolders.report(folder, name);
    }

    @Test
    void deletesReportsOlderThanTheRetentionOnly() throws IOException {
        report(daily, "2025-12-31_daily.csv");
        report(daily, "2026-01-01_daily.csv");
        report(weekly, "2025-12-29_weekly.csv");
        report(daily, "notes.txt");
        report(daily, "fields.csv");

        int deleted = new ReportRetention(files, ZoneOffset.UTC, 30).expired(LocalDate.parse("2026-01-31"));

        assertThat(deleted).isEqualTo(2);
        // exactly 30 days old is not older than 30 days
        assertThat(daily.resolve("2026-01-01_daily.csv")).exists();
        assertThat(daily.resolve("2025-12-31_daily.csv")).doesNotExist();
        assertThat(weekly.resolve("2025-12-29_weekly.csv")).doesNotExist();
        assertThat(daily.resolve("notes.txt")).exists();
        assertThat(daily.resolve("fields.csv")).exists();
    }

    @Test
    void summariesAreAgedByTheDayInTheirNameAndTheirDictionaryIsKept() throws IOException {
        Path old = report(daily, "2025-12-31_summary.csv");
        Path oldMonthly = report(daily, "2025-12-31_summary-monthly.csv");
        Path kept = report(daily, "2026-01-01_summary.csv");
        Path dictionary = report(daily, "summary-fields.csv");
        // written today (a file time of now), but named by a day beyond the retention
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-01-31T06:00:00Z")));

        assertThat(files.list()).extracting(ReportFile::name).contains("2025-12-31_summary.csv", "summary-fields.csv");
        int deleted = new ReportRetention(files, ZoneOffset.UTC, 30).expired(LocalDate.parse("2026-01-31"));

        assertThat(deleted).isEqualTo(2);
        assertThat(old).doesNotExist();
        assertThat(oldMonthly).doesNotExist();
        assertThat(kept).exists();
        assertThat(dictionary).exists();
    }

    @Test
    void eventFilesAreListedAndAgedByTheDayInTheirName() throws IOException {
        Path old = report(daily, "2025-12-31_events.csv");
        Path kept = report(daily, "2026-01-01_events.csv");

        assertThat(files.list()).extracting(ReportFile::name).contains("2025-12-31_events.csv");
        assertThat(files.find("2026-01-01_events.csv")).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(kept);
            assertThat(file.kind()).isEmpty();
        });
        int deleted = new ReportRetention(files, ZoneOffset.UTC, 30).expired(LocalDate.parse("2026-01-31"));

        assertThat(deleted).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(kept).exists();
    }

    @Test
    void sweepsTemporaryFilesOfInterruptedReportsAfterADay() throws IOException {
        Path old = report(daily, ".2026-01-01_daily.csv.1f.tmp");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path fresh = report(daily, ".2026-01-31_daily.csv.2e.tmp");

        new ReportRetention(files, ZoneOffset.UTC, 30).expired(LocalDate.parse("2026-01-31"));

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void onlyReportNamesInsideTheFoldersAreFound() throws IOException {
        report(daily, "2026-01-01_daily.csv");
        Files.writeString(dir.resolve("secret.csv"), "x");
        assertThat(files.find("2026-01-01_daily.csv")).hasSize(1);
        assertThat(files.find("../secret.csv")).isEmpty();
        assertThat(files.find("..%2Fsecret.csv")).isEmpty();
        assertThat(files.find("/etc/passwd")).isEmpty();
        assertThat(files.find("2026-01-02_daily.csv")).isEmpty();
        assertThat(files.find("x".repeat(500))).isEmpty();
        assertThat(files.find(null)).isEmpty();
        assertThat(files.find("2026-01-01_daily.csv").get(0).date()).isEqualTo(LocalDate.parse("2026-01-01"));
    }

    @Test
    void aRangeReportIsAgedByItsFilesTimeNotByTheStartInItsName() throws IOException {
        Path fresh = report(daily, "2020-01-01T0000_2020-01-02T0000_range.csv");
        Path old = report(daily, "2026-01-30T0000_2026-01-31T0000_range.csv");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2025-12-01T12:00:00Z")));
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.parse("2026-01-31T06:00:00Z")));

        int deleted = new ReportRetention(files, ZoneOffset.UTC, 30).expired(LocalDate.parse("2026-01-31"));

        assertThat(deleted).isEqualTo(1);
        assertThat(fresh).exists();
        assertThat(old).doesNotExist();
    }

    @Test
    void jsonLinesReportsAreListedFoundAndAgedAsTheirCsvs() throws IOException {
        Path old = report(daily, "2025-12-31_daily.jsonl");
        Path kept = report(weekly, "2026-01-05_weekly.jsonl");
        Path onDemand = report(daily, "2026-01-31T0712_daily.jsonl");
        Path range = report(daily, "2020-01-01T0000_2020-01-02T0000_range.jsonl");
        Files.setLastModifiedTime(range, FileTime.from(Instant.parse("2026-01-31T06:00:00Z")));
        report(daily, "2026-01-01_events.jsonl");
        report(daily, "fields.jsonl");

        assertThat(files.list())
                .extracting(ReportFile::name)
                .containsExactlyInAnyOrder(
                        "2025-12-31_daily.jsonl",
                        "2026-01-05_weekly.jsonl",
                        "2026-01-31T0712_daily.jsonl",
                        "2020-01-01T0000_2020-01-02T0000_range.jsonl");
        assertThat(files.find("2026-01-05_weekly.jsonl")).singleElement().satisfies(file -> {
            assertThat(file.kind()).contains(Kind.WEEKLY);
            assertThat(file.scheduled()).isTrue();
            assertThat(file.format()).isEqualTo(luxlogger.readings.entity.ExportFormat.JSONL);
        });
        assertThat(files.find("2026-01-01_events.jsonl")).isEmpty();
        assertThat(new ReportRetention(files, ZoneOffset.UTC, 30).expired(LocalDate.parse("2026-01-31")))
                .isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(kept).exists();
        assertThat(onDemand).exists();
        assertThat(range).exists();
    }

    @Test
    void reportsWrittenOnDemandAreListedFoundAndAgedByTheMomentInTheirName() throws IOException {
        Path now = report(daily, "2026-01-31T0712_daily.csv");
        Path old = report(weekly, "2025-12-01T2359_weekly.csv");

        assertThat(files.list())
                .extracting(ReportFile::name)
                .containsExactlyInAnyOrder("2026-01-31T0712_daily.csv", "2025-12-01T2359_weekly.csv");
        assertThat(files.find("2026-01-31T0712_daily.csv")).hasSize(1);
        assertThat(new ReportRetention(files, ZoneOffset.UTC, 30).expired(LocalDate.parse("2026-01-31")))
                .isEqualTo(1);
        assertThat(now).exists();
        assertThat(old).doesNotExist();
    }

    @Test
    void everyControllersOldReportsAndLeftoversAreDeletedAndTheirNewOnesKept() throws IOException {
        ReportFiles several = folders.houseAndAnnex().files();
        for (String controller : new String[] {"house", "annex"}) {
            report(daily.resolve(controller), "2025-12-31_daily.csv");
            report(daily.resolve(controller), "2026-01-31_daily.csv");
            report(daily.resolve(controller), "fields.csv");
            report(weekly.resolve(controller), "2025-12-29_weekly.csv");
            Path leftover = report(weekly.resolve(controller), ".2026-01-01_weekly.csv.1f.tmp");
            Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        }
        // written while there was one controller: kept no longer than the others
        report(daily, "2025-12-30_daily.csv");

        int deleted = new ReportRetention(several, ZoneOffset.UTC, 30).expired(LocalDate.parse("2026-01-31"));

        assertThat(deleted).isEqualTo(5);
        assertThat(several.list())
                .extracting(entry -> entry.controller() + "/" + entry.name())
                .containsExactlyInAnyOrder(
                        "house/2026-01-31_daily.csv",
                        "house/fields.csv",
                        "annex/2026-01-31_daily.csv",
                        "annex/fields.csv");
        assertThat(several.leftovers()).isEmpty();
        assertThat(weekly.resolve("annex")).isEmptyDirectory();
    }
}
