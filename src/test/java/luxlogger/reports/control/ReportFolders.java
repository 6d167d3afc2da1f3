package luxlogger.reports.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A daily and a weekly report folder in a test's own folder, and the reports put into them. */
record ReportFolders(Path daily, Path weekly, ReportFiles files) {

    static ReportFolders in(Path dir) throws IOException {
        Path daily = Files.createDirectories(dir.resolve("daily"));
        Path weekly = Files.createDirectories(dir.resolve("weekly"));
        return new ReportFolders(daily, weekly, new ReportFiles(daily, weekly));
    }

    /** A small report of that name in the folder. */
    static Path report(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), "timestamp,unix_time\n");
    }
}
