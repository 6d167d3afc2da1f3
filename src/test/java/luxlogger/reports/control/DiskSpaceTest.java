package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk check on the volume of the test's folder; {@link DiskSpaceOnAFullVolumeTest} fills real small ones. */
class DiskSpaceTest {

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
    void aFullDiskCostsTheOldestReportsFirstButNeverTheNewestDailyAndWeekly() throws IOException {
        report(daily, "2026-01-02_daily.csv");
        report(daily, "2026-01-01_daily.csv");
        // large enough that deleting it visibly frees space
        Files.write(weekly.resolve("2025-12-29_weekly.csv"), new byte[1 << 20]);
        report(weekly, "2026-01-05_weekly.csv");
        // a limit of 0 % can never be met: reports go oldest first, but never the newest of each kind
        var disk = new DiskSpace(files, List.of(dir), ZoneOffset.UTC, 0);
        assertThat(disk.status().full()).isTrue();
        assertThat(disk.status().problem()).matches(".*: volume \\d+\\.\\d % full, above DISK_MAX_PERCENT=0");
        assertThat(disk.makeRoom()).isBetween(1, 2);
        assertThat(files.list())
                .extracting(ReportFile::name)
                .contains("2026-01-02_daily.csv", "2026-01-05_weekly.csv")
                .doesNotContain("2025-12-29_weekly.csv");
        assertThat(disk.status().problem()).contains(daily.toString(), weekly.toString(), "above DISK_MAX_PERCENT=0: ");
    }

    @Test
    void aFullDiskKeepsTheNewestDailyAndWeeklyOfEachFormat() throws IOException {
        report(daily, "2026-01-02_daily.csv");
        report(daily, "2026-01-02_daily.jsonl");
        Files.write(daily.resolve("2026-01-01_daily.jsonl"), new byte[1 << 20]);
        report(weekly, "2026-01-05_weekly.jsonl");
        var disk = new DiskSpace(files, List.of(dir), ZoneOffset.UTC, 0);

        disk.makeRoom();

        assertThat(files.list())
                .extracting(ReportFile::name)
                .containsExactlyInAnyOrder("2026-01-02_daily.csv", "2026-01-02_daily.jsonl", "2026-01-05_weekly.jsonl");
    }

    @Test
    void aDiskBelowTheLimitKeepsEverything() throws IOException {
        report(daily, "2026-01-01_daily.csv");
        var disk = new DiskSpace(files, List.of(dir), ZoneOffset.UTC, 100);
        assertThat(disk.status().usedPercent()).isBetween(0.0, 100.0);
        assertThat(disk.status().full()).isFalse();
        assertThat(disk.status().problem()).isNull();
        assertThat(disk.makeRoom()).isZero();
        assertThat(files.list()).hasSize(1);
    }

    @Test
    void theVolumeIsMeasuredBeforeTheDataFolderIsCreated() {
        var disk = new DiskSpace(files, List.of(dir.resolve("not/yet/there")), ZoneOffset.UTC, 100);
        assertThat(disk.status().usedPercent())
                .isEqualTo(
                        new DiskSpace(files, List.of(dir), ZoneOffset.UTC, 100)
                                .status()
                                .usedPercent(),
                        org.assertj.core.data.Offset.offset(1.0));
        assertThat(dir.resolve("not")).doesNotExist();
    }

    @Test
    void aFullDiskCostsEveryControllersOldestReportsButNeverTheNewestDailyAndWeeklyOfAny() throws IOException {
        ReportFiles several = folders.houseAndAnnex().files();
        for (String controller : new String[] {"house", "annex"}) {
            report(daily.resolve(controller), "2026-01-01_daily.csv");
            report(daily.resolve(controller), "2026-01-02_daily.csv");
            report(daily.resolve(controller), "2026-01-01T0000_2026-01-02T0000_range.csv");
            report(weekly.resolve(controller), "2025-12-29_weekly.csv");
            report(weekly.resolve(controller), "2026-01-05_weekly.csv");
        }
        // older than every report of house and annex, yet the newest of heatpump, once the only controller
        report(daily, "2025-12-01_daily.csv");
        report(daily, "2025-11-30_daily.csv");

        // a limit of 0 % can never be met: everything goes but the newest daily and weekly of each controller
        var disk = new DiskSpace(several, List.of(dir), ZoneOffset.UTC, 0);
        disk.makeRoom();

        assertThat(several.list())
                .extracting(entry -> entry.controller() + "/" + entry.name())
                .containsExactlyInAnyOrder(
                        "house/2026-01-02_daily.csv",
                        "house/2026-01-05_weekly.csv",
                        "annex/2026-01-02_daily.csv",
                        "annex/2026-01-05_weekly.csv",
                        "heatpump/2025-12-01_daily.csv");
        assertThat(disk.status().problem()).contains(daily.resolve("annex").toString());
    }
}
