package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.SmallVolume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk check on real small volumes (tmpfs), filled by the logger's reports and by something else. */
class DiskSpaceOnAFullVolumeTest {

    private static final int KIB = 1024;

    @TempDir
    Path dir;

    private SmallVolume reports;
    private SmallVolume database;

    @AfterEach
    void unmount() {
        if (reports != null) {
            reports.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private ReportFiles files() {
        return ReportFiles.of(
                "heatpump", reports.dir().resolve("daily"), reports.dir().resolve("weekly"));
    }

    /** A report whose file time follows its date, as written on schedule. */
    private Path report(String folder, String name, int bytes) throws IOException {
        Path file = reports.write(folder + "/" + name, bytes);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(name.substring(0, 10) + "T07:00:00Z")));
        return file;
    }

    @Test
    void reportsAreDeletedWhereTheirOwnVolumeIsFullNotWhereTheDatabaseIs() throws IOException {
        reports = SmallVolume.mount(dir.resolve("reports"), "1m");
        database = SmallVolume.mount(dir.resolve("database"), "1m");
        report("daily", "2026-01-01_daily.csv", 64 * KIB);
        report("daily", "2026-01-02_daily.csv", 64 * KIB);
        report("daily", "2026-01-03_daily.csv", 64 * KIB);
        reports.fill("something-else");
        var disk = new DiskSpace(files(), List.of(database.dir()), ZoneOffset.UTC, 90);

        assertThat(disk.status().full()).isTrue();
        assertThat(disk.makeRoom()).isEqualTo(2);

        assertThat(reports.dir().resolve("daily/2026-01-03_daily.csv")).exists();
        assertThat(disk.status().full()).isFalse();
    }

    @Test
    void theNewestDailyAndWeeklyReportSurviveAVolumeFilledBySomethingElseAndTheStatusSaysWhy() throws IOException {
        reports = SmallVolume.mount(dir.resolve("reports"), "1m");
        report("daily", "2026-01-01_daily.csv", 8 * KIB);
        report("daily", "2026-01-02_daily.csv", 8 * KIB);
        report("daily", "2026-01-03_daily.csv", 8 * KIB);
        report("weekly", "2025-12-22_weekly.csv", 8 * KIB);
        report("weekly", "2025-12-29_weekly.csv", 8 * KIB);
        report("daily", "2025-12-01T0000_2025-12-02T0000_range.csv", 8 * KIB);
        reports.fill("something-else");
        var disk = new DiskSpace(files(), List.of(reports.dir()), ZoneOffset.UTC, 90);

        assertThat(disk.makeRoom()).isEqualTo(4);

        assertThat(files().list())
                .extracting(ReportFile::name)
                .containsExactlyInAnyOrder("2026-01-03_daily.csv", "2025-12-29_weekly.csv");
        DiskStatus status = disk.status();
        assertThat(status.full()).isTrue();
        assertThat(status.problem())
                .contains(
                        reports.dir().resolve("daily").toString(),
                        "above DISK_MAX_PERCENT=90",
                        "only the newest daily and weekly reports are left",
                        "something else fills the volume");
    }

    @Test
    void deletingStopsOnceItFreesNoSpace() throws IOException {
        reports = SmallVolume.mount(dir.resolve("reports"), "1m");
        for (String day : new String[] {"01", "02", "03", "04"}) {
            Path report = report("daily", "2026-01-" + day + "_daily.csv", 64 * KIB);
            // a second name for the same blocks (e.g. a backup tool's hard link): deleting the report frees nothing
            Files.createDirectories(reports.dir().resolve("backup"));
            Files.createLink(reports.dir().resolve("backup/" + report.getFileName()), report);
        }
        reports.fill("something-else");
        var disk = new DiskSpace(files(), List.of(reports.dir()), ZoneOffset.UTC, 90);

        assertThat(disk.makeRoom()).isEqualTo(1);

        assertThat(files().list()).hasSize(3);
        assertThat(disk.status().problem()).contains("deleting a report freed no space");
    }
}
