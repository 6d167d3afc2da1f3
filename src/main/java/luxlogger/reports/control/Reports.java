package luxlogger.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.configuration.control.WritableFolder;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.readings.control.PollStore;
import luxlogger.readings.control.TimeRange;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.reports.entity.ReportSettings;

/**
 * Writes the CSV reports from the stored polls: {@code YYYY-MM-DD_daily.csv} (the last 24 hours),
 * {@code YYYY-MM-DD_weekly.csv} (the last 7 days) or any range, with {@code fields.csv} beside them; and
 * cleans up old reports and polls. Every method throws
 * {@link luxlogger.configuration.control.InvalidSettingsException} while the settings are unusable.
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = System.getLogger(Reports.class.getName());
    private static final DateTimeFormatter RANGE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm");
    /** Polls deleted per transaction by the retention, so the writer is never held for long. */
    private static final int DELETE_BATCH = 5_000;

    @Inject
    PollStore store;

    @Inject
    Instance<ReportSettings> reportSettings;

    @Inject
    Instance<ReadingsSettings> readingsSettings;

    private final Catalog catalog = Catalog.standard();

    /**
     * Creates the report folders if needed and proves them writable, as the reports start (reading the
     * settings creates nothing).
     *
     * @return the settings the reports run with
     */
    public ReportSettings start() {
        ReportSettings settings = reportSettings.get();
        String variable = SettingsReader.variable("output.dirs");
        WritableFolder.prepare(variable, settings.dailyDir().toString(), settings.dailyDir());
        if (!settings.weeklyDir().equals(settings.dailyDir())) {
            WritableFolder.prepare(variable, settings.weeklyDir().toString(), settings.weeklyDir());
        }
        return settings;
    }

    /** The scheduled daily report, then the clean-up. */
    public void daily(Instant now) {
        write(Kind.DAILY, now);
        cleanUp(now);
    }

    /** The scheduled weekly report. */
    public void weekly(Instant now) {
        write(Kind.WEEKLY, now);
    }

    /** Writes today's reports whose time has passed and that are not there: the server was down then. */
    public void catchUp(Instant now) {
        ReportSettings settings = reportSettings.get();
        for (Kind kind : Kind.missed(settings, now)) {
            LOG.log(Level.INFO, "Today''s {0} report was missed (the server was down at {1}): writing it now",
                    kind.key(), settings.csvTime());
            if (kind == Kind.DAILY) {
                daily(now);
            } else {
                weekly(now);
            }
        }
    }

    /** The report of a kind ending now, named by today's date in TZ. */
    public synchronized Report write(Kind kind, Instant now) {
        ReportSettings settings = reportSettings.get();
        Path target = kind.file(settings, now.atZone(settings.zone()).toLocalDate());
        return write(settings, target, now.minus(kind.length()), now);
    }

    /** A report of any range, into the daily folder. */
    public synchronized Report write(TimeRange range) {
        ReportSettings settings = reportSettings.get();
        String name = RANGE.format(range.from().atZone(settings.zone())) + "_" + RANGE.format(range.to().atZone(settings.zone()))
                + "_range.csv";
        return write(settings, settings.dailyDir().resolve(name), range.from(), range.to());
    }

    private Report write(ReportSettings settings, Path target, Instant from, Instant to) {
        long start = System.nanoTime();
        Shape longest = store.longestShape(from, to);
        // a range without polls still gets the columns a current controller has, so the header is useful
        Columns columns = Columns.forShape(catalog, longest.equals(Shape.NONE) ? catalog.shape() : longest);
        if (!settings.csvFields().isEmpty()) {
            columns = columns.only(catalog, settings.csvFields());
        }
        var writer = new ReportWriter(catalog, settings.zone(), Dialect.of(settings.csvDialect()), settings.readableHeaders());
        try {
            Report report;
            try (OpenReport open = writer.open(target, columns)) {
                store.forEach(from, to, open::add);
                report = open.commit();
            }
            writer.writeDictionary(target.getParent(), columns);
            if (report.rows() == 0) {
                LOG.log(Level.INFO, "Report {0}: no polls between {1} and {2}, wrote the header only", target, from, to);
            } else {
                LOG.log(Level.INFO, "Report {0}: {1} rows, {2} columns, {3} bytes in {4} ms", target, report.rows(),
                        report.columns(), report.bytes(), (System.nanoTime() - start) / 1_000_000);
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes expired reports, then the oldest while the disk is too full, then polls past RETENTION_DAYS. */
    public List<String> cleanUp(Instant now) {
        ReportSettings settings = reportSettings.get();
        int retentionDays = readingsSettings.get().retentionDays();
        var cleanup = cleanup();
        List<String> done = new ArrayList<>();
        int expired = cleanup.expired(now.atZone(settings.zone()).toLocalDate());
        int forRoom = cleanup.makeRoom();
        try {
            long polls = store.deleteBefore(now.minus(Duration.ofDays(retentionDays)), DELETE_BATCH);
            if (polls > 0) {
                LOG.log(Level.INFO, "Deleted {0} polls older than {1} days", polls, retentionDays);
            }
            done.add(polls + " polls older than " + retentionDays + " days deleted");
        } catch (luxlogger.readings.control.StoreException e) {
            LOG.log(Level.WARNING, "Retention of old polls postponed: {0}", e.getMessage());
            done.add("retention postponed: " + e.getMessage());
        }
        done.add(0, expired + " reports older than " + settings.csvRetentionDays() + " days deleted");
        done.add(1, forRoom + " reports deleted to free disk space");
        return done;
    }

    /** The hourly disk check: deletes the oldest reports while the data volume is too full. */
    public int makeRoom() {
        return cleanup().makeRoom();
    }

    /** How full the data volume (the database's folder) is, against DISK_MAX_PERCENT. */
    public DiskStatus disk() {
        return cleanup().status();
    }

    public ReportFiles files() {
        ReportSettings settings = reportSettings.get();
        return new ReportFiles(settings.dailyDir(), settings.weeklyDir());
    }

    private Cleanup cleanup() {
        ReportSettings settings = reportSettings.get();
        return new Cleanup(files(), readingsSettings.get().dataFolder(), settings.csvRetentionDays(), settings.diskMaxPercent());
    }
}
