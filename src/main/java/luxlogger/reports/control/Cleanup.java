package luxlogger.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.readings.control.PollStore;
import luxlogger.readings.control.StoreException;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.readings.entity.StorageSettings;
import luxlogger.reports.entity.ReportSettings;

/**
 * The clean-up of reports and polls: expired reports, the oldest reports while a report folder's volume is too
 * full, and polls past RETENTION_DAYS. It runs apart from writing reports, so that neither a failed report nor
 * invalid report settings keep old files and polls forever; and it tells readiness how full the disks are.
 */
@ApplicationScoped
public class Cleanup {

    private static final Logger LOG = System.getLogger(Cleanup.class.getName());
    /** Polls deleted per transaction by the retention, so the writer is never held for long. */
    private static final int DELETE_BATCH = 5_000;

    @Inject
    PollStore store;

    @Inject
    Instance<ReportSettings> reportSettings;

    @Inject
    Instance<ReadingsSettings> readingsSettings;

    @Inject
    Instance<Controllers> controllers;

    @Inject
    Instance<StorageSettings> storageSettings;

    /** Made once the settings are read; it remembers why the last disk check could not free enough. */
    private volatile DiskSpace diskSpace;

    /**
     * Deletes expired reports and leftovers of interrupted ones, then the oldest reports while a report folder's
     * volume is too full, in every controller's folders; then polls past RETENTION_DAYS. Each part runs whatever
     * the others do: the polls' retention even while the report settings are invalid.
     *
     * @return what was done, one line each
     */
    public List<String> cleanUp(Instant now) {
        List<String> done = new ArrayList<>();
        try {
            ReportSettings settings = reportSettings.get();
            var retention = new ReportRetention(files(), settings.zone(), settings.csvRetentionDays());
            int expired = retention.expired(now.atZone(settings.zone()).toLocalDate());
            done.add(expired + " reports older than " + settings.csvRetentionDays() + " days deleted");
            done.add(diskSpace().makeRoom() + " reports deleted to free disk space");
        } catch (InvalidSettingsException e) {
            done.add("reports not cleaned up: invalid configuration");
        } catch (UncheckedIOException e) {
            LOG.log(Level.WARNING, "Clean-up of reports postponed: {0}", e.getMessage());
            done.add("reports not cleaned up: " + e.getMessage());
        }
        try {
            int retentionDays = readingsSettings.get().retentionDays();
            long polls = store.deleteBefore(now.minus(Duration.ofDays(retentionDays)), DELETE_BATCH);
            if (polls > 0) {
                LOG.log(Level.INFO, "Deleted {0} polls older than {1} days", polls, retentionDays);
            }
            done.add(polls + " polls older than " + retentionDays + " days deleted");
        } catch (InvalidSettingsException e) {
            done.add("retention of polls postponed: invalid configuration");
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Retention of old polls postponed: {0}", e.getMessage());
            done.add("retention of polls postponed: " + e.getMessage());
        }
        return done;
    }

    /**
     * How full the volumes of our files are (the reports, the spill file, and with SQLite the database) against
     * DISK_MAX_PERCENT, and why.
     */
    public DiskStatus disk() {
        return diskSpace().status();
    }

    private DiskSpace diskSpace() {
        if (diskSpace == null) {
            // settings never change while the application runs: one disk check, which keeps its findings
            ReportSettings settings = reportSettings.get();
            diskSpace =
                    new DiskSpace(files(), storageSettings.get().folders(), settings.zone(), settings.diskMaxPercent());
        }
        return diskSpace;
    }

    private ReportFiles files() {
        return ReportLayout.of(reportSettings.get(), controllers.get()).files();
    }
}
