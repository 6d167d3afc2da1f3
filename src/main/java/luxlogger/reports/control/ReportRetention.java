package luxlogger.reports.control;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Deletes the CSV reports older than {@code CSV_RETENTION_DAYS}, and the temporary files a crash left behind.
 * Each deletion is logged; the database is never touched here.
 */
public final class ReportRetention {

    private static final Logger LOG = System.getLogger(ReportRetention.class.getName());

    private final ReportFiles files;
    private final ZoneId zone;
    private final int retentionDays;

    /** @param zone the zone in which a range report's file time makes its day */
    public ReportRetention(ReportFiles files, ZoneId zone, int retentionDays) {
        this.files = files;
        this.zone = zone;
        this.retentionDays = retentionDays;
    }

    /**
     * Deletes the reports older than the retention, counted from the day in their name (for a range, from the
     * day it was written), and temporary files a crash left behind more than a day ago; returns how many reports.
     */
    public int expired(LocalDate today) {
        LocalDate oldest = today.minusDays(retentionDays);
        for (Path leftover : files.leftovers()) {
            try {
                if (Files.getLastModifiedTime(leftover)
                        .toInstant()
                        .isBefore(Instant.now().minus(Duration.ofDays(1)))) {
                    Files.deleteIfExists(leftover);
                    LOG.log(Level.INFO, "Deleted {0}, left behind by an interrupted report", leftover);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete {0}: {1}", leftover, e.getMessage());
            }
        }
        int deleted = 0;
        for (ReportFile entry : files.list()) {
            LocalDate age = entry.age(zone);
            if (age != null && age.isBefore(oldest) && entry.delete("older than " + retentionDays + " days")) {
                deleted++;
            }
        }
        return deleted;
    }
}
