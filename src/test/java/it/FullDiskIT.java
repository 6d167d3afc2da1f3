package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily report folder on a real small volume (tmpfs) that something else has filled: the report cannot be
 * written, yet the clean-up still runs, the newest reports survive, and readiness says why the disk is a problem.
 */
class FullDiskIT {

    @TempDir
    Path dir;

    private static Path report(Path folder, LocalDate day, String kind, int bytes) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.write(folder.resolve(day + "_" + kind + ".csv"), new byte[bytes]);
        Files.setLastModifiedTime(file, FileTime.from(day.atTime(7, 0).toInstant(ZoneOffset.UTC)));
        return file;
    }

    @Test
    void aFullReportFolderStopsNoCleanUpAndReadinessSaysWhy() throws IOException {
        LocalTime csvTime = LocalTime.now(ZoneOffset.UTC).minusMinutes(2);
        Assumptions.assumeTrue(csvTime.isBefore(LocalTime.now(ZoneOffset.UTC)), "too close to midnight");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path weekly = dir.resolve("weekly");
        // the weekly report is due tomorrow: last week's is there, and one older than CSV_RETENTION_DAYS
        Path lastWeek = report(weekly, today.minusDays(6), "weekly", 1000);
        Path expired = report(weekly, today.minusDays(41), "weekly", 1000);
        try (var volume = SmallVolume.mount(dir.resolve("reports"), "1m")) {
            Path daily = volume.dir().resolve("daily");
            Path oldest = report(daily, today.minusDays(3), "daily", 16 * 1024);
            Path older = report(daily, today.minusDays(2), "daily", 16 * 1024);
            Path newest = report(daily, today.minusDays(1), "daily", 16 * 1024);
            volume.fill("something-else");

            try (var server = new LibertyProcess(
                            "luxFullDisk",
                            Map.of(
                                    "HOST",
                                    "simulator",
                                    "TZ",
                                    "UTC",
                                    "INTERVAL_SEC",
                                    "2",
                                    "CSV_TIME",
                                    DateTimeFormatter.ofPattern("HH:mm").format(csvTime),
                                    "WEEKLY_DAY",
                                    today.plusDays(1).getDayOfWeek().name(),
                                    "OUTPUT_DIRS",
                                    "daily=" + daily + ",weekly=" + weekly,
                                    "DISK_MAX_PERCENT",
                                    "90"))
                    .withoutData()) {
                server.start();
                // today's daily report cannot be written: the folder is full
                server.awaitLog(
                        line -> line.contains(today + "_daily.csv") && line.contains("No space left"),
                        Duration.ofSeconds(60));

                server.awaitLog(line -> line.contains("Deleted report " + expired), Duration.ofSeconds(60));
                server.awaitLog(line -> line.contains("Deleted report " + older), Duration.ofSeconds(30));
                assertThat(expired).doesNotExist();
                assertThat(lastWeek).exists();
                assertThat(oldest).doesNotExist();
                assertThat(newest).exists();

                var ready = server.get("health/ready");
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body())
                        .contains(
                                "\"disk\"",
                                daily.toString(),
                                "above DISK_MAX_PERCENT=90",
                                "only the newest daily and weekly reports are left");
            }
        }
    }
}
