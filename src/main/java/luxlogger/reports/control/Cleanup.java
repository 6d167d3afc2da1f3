package luxlogger.reports.control;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Deletes CSV reports: those older than the retention period, and, while the data volume is fuller than
 * allowed, the oldest ones first. Each deletion is logged; the database is never touched here.
 */
public final class Cleanup {

    private static final Logger LOG = System.getLogger(Cleanup.class.getName());

    private final ReportFiles files;
    private final Path volume;
    private final int retentionDays;
    private final int maxPercent;

    /**
     * @param volume a path on the volume whose fill level is watched (the database's folder)
     */
    public Cleanup(ReportFiles files, Path volume, int retentionDays, int maxPercent) {
        this.files = files;
        this.volume = volume;
        this.retentionDays = retentionDays;
        this.maxPercent = maxPercent;
    }

    /**
     * Deletes the reports dated before today minus the retention, and temporary files a crash left behind
     * more than a day ago; returns how many reports.
     */
    public int expired(LocalDate today) {
        LocalDate oldest = today.minusDays(retentionDays);
        for (Path leftover : files.leftovers()) {
            try {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(Instant.now().minus(Duration.ofDays(1)))) {
                    Files.deleteIfExists(leftover);
                    LOG.log(Level.INFO, "Deleted {0}, left behind by an interrupted report", leftover);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete {0}: {1}", leftover, e.getMessage());
            }
        }
        int deleted = 0;
        for (ReportFiles.Entry entry : files.list()) {
            if (entry.date() != null && entry.date().isBefore(oldest) && delete(entry, "older than " + retentionDays + " days")) {
                deleted++;
            }
        }
        return deleted;
    }

    /** Deletes the oldest reports while the volume is fuller than allowed; returns how many. */
    public int makeRoom() {
        List<ReportFiles.Entry> oldestFirst = files.list().stream()
                .filter(entry -> entry.date() != null)
                .sorted(Comparator.comparing(ReportFiles.Entry::date).thenComparing(ReportFiles.Entry::modified))
                .toList();
        int deleted = 0;
        for (ReportFiles.Entry entry : oldestFirst) {
            double used = usedPercent();
            if (used <= maxPercent) {
                break;
            }
            if (delete(entry, String.format("disk %.1f %% full, above DISK_MAX_PERCENT=%d", used, maxPercent))) {
                deleted++;
            }
        }
        return deleted;
    }

    /** How full the data volume is, in percent; measured at the nearest existing folder before the data is there. */
    public double usedPercent() {
        Path existing = volume.toAbsolutePath();
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            FileStore store = Files.getFileStore(existing);
            long total = store.getTotalSpace();
            return total == 0 ? 0 : 100.0 * (total - store.getUsableSpace()) / total;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot tell how full {0} is: {1}", volume, e.getMessage());
            return 0;
        }
    }

    public DiskStatus status() {
        return new DiskStatus(usedPercent(), maxPercent);
    }

    private static boolean delete(ReportFiles.Entry entry, String reason) {
        try {
            Files.deleteIfExists(entry.path());
            LOG.log(Level.INFO, "Deleted report {0} ({1})", entry.path(), reason);
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete report {0}: {1}", entry.path(), e.getMessage());
            return false;
        }
    }
}
