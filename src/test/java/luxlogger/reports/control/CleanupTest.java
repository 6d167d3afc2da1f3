package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanupTest {

    @TempDir
    Path dir;

    private Path daily;
    private Path weekly;
    private ReportFiles files;

    @BeforeEach
    void folders() throws IOException {
        daily = Files.createDirectories(dir.resolve("daily"));
        weekly = Files.createDirectories(dir.resolve("weekly"));
        files = new ReportFiles(daily, weekly);
    }

    private Path report(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), "timestamp,unix_time\n");
    }

    @Test
    void deletesReportsOlderThanTheRetentionOnly() throws IOException {
        report(daily, "2025-12-31_daily.csv");
        report(daily, "2026-01-01_daily.csv");
        report(weekly, "2025-12-29_weekly.csv");
        report(daily, "notes.txt");
        report(daily, "fields.csv");

        int deleted = new Cleanup(files, dir, 30, 100).expired(LocalDate.parse("2026-01-31"));

        assertThat(deleted).isEqualTo(2);
        // exactly 30 days old is not older than 30 days
        assertThat(daily.resolve("2026-01-01_daily.csv")).exists();
        assertThat(daily.resolve("2025-12-31_daily.csv")).doesNotExist();
        assertThat(weekly.resolve("2025-12-29_weekly.csv")).doesNotExist();
        assertThat(daily.resolve("notes.txt")).exists();
        assertThat(daily.resolve("fields.csv")).exists();
    }

    @Test
    void sweepsTemporaryFilesOfInterruptedReportsAfterADay() throws IOException {
        Path old = report(daily, ".2026-01-01_daily.csv.1f.tmp");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path fresh = report(daily, ".2026-01-31_daily.csv.2e.tmp");

        new Cleanup(files, dir, 30, 100).expired(LocalDate.parse("2026-01-31"));

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void aFullDiskCostsTheOldestReportsFirst() throws IOException {
        report(daily, "2026-01-02_daily.csv");
        report(daily, "2026-01-01_daily.csv");
        report(weekly, "2026-01-05_weekly.csv");
        // a limit of 0 % can never be met: every dated report goes, oldest first
        var cleanup = new Cleanup(files, dir, 30, 0);
        assertThat(cleanup.status().full()).isTrue();
        assertThat(cleanup.status().problem()).matches("data volume \\d+[.,]\\d % full, above DISK_MAX_PERCENT=0");
        assertThat(cleanup.makeRoom()).isEqualTo(3);
        assertThat(files.list()).isEmpty();
    }

    @Test
    void aDiskBelowTheLimitKeepsEverything() throws IOException {
        report(daily, "2026-01-01_daily.csv");
        var cleanup = new Cleanup(files, dir, 30, 100);
        assertThat(cleanup.usedPercent()).isBetween(0.0, 100.0);
        assertThat(cleanup.status().full()).isFalse();
        assertThat(cleanup.status().problem()).isNull();
        assertThat(cleanup.makeRoom()).isZero();
        assertThat(files.list()).hasSize(1);
    }

    @Test
    void theVolumeIsMeasuredBeforeTheDataFolderIsCreated() {
        var cleanup = new Cleanup(files, dir.resolve("not/yet/there"), 30, 100);
        assertThat(cleanup.usedPercent()).isEqualTo(new Cleanup(files, dir, 30, 100).usedPercent(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(dir.resolve("not")).doesNotExist();
    }

    @Test
    void onlyReportNamesInsideTheFoldersAreFound() throws IOException {
        report(daily, "2026-01-01_daily.csv");
        Files.writeString(dir.resolve("secret.csv"), "x");
        assertThat(files.find("2026-01-01_daily.csv")).isPresent();
        assertThat(files.find("../secret.csv")).isEmpty();
        assertThat(files.find("..%2Fsecret.csv")).isEmpty();
        assertThat(files.find("/etc/passwd")).isEmpty();
        assertThat(files.find("2026-01-02_daily.csv")).isEmpty();
        assertThat(files.find("x".repeat(500))).isEmpty();
        assertThat(files.find(null)).isEmpty();
        assertThat(files.find("2026-01-01_daily.csv").orElseThrow().date()).isEqualTo(LocalDate.parse("2026-01-01"));
    }
}
