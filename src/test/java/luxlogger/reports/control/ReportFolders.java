package luxlogger.reports.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.entity.ReportSettings;

/** A daily and a weekly report folder in a test's own folder, and the reports put into them. */
record ReportFolders(Path daily, Path weekly, ReportFiles files) {

    static ReportFolders in(Path dir) throws IOException {
        Path daily = Files.createDirectories(dir.resolve("daily"));
        Path weekly = Files.createDirectories(dir.resolve("weekly"));
        return new ReportFolders(daily, weekly, ReportFiles.of("heatpump", daily, weekly));
    }

    /**
     * The folders of two controllers, {@code house} and {@code annex}: each a folder of its name in the daily and
     * the weekly folder; the reports in those themselves are the ones written while {@code heatpump} was the only.
     */
    ReportLayout houseAndAnnex() {
        var settings = new ReportSettings(
                LocalTime.of(7, 0),
                ZoneOffset.UTC,
                DayOfWeek.MONDAY,
                daily,
                weekly,
                "standard",
                "",
                false,
                30,
                90,
                List.of(ExportFormat.CSV));
        var layout = new ReportLayout(settings, List.of("house", "annex"), "heatpump");
        layout.prepare();
        return layout;
    }

    /** A small report of that name in the folder. */
    static Path report(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), "timestamp,unix_time\n");
    }
}
