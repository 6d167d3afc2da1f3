package luxlogger.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.readings.control.PollStore;
import luxlogger.readings.control.TimeRange;
import luxlogger.settings.boundary.Configuration;
import luxlogger.settings.control.Settings;

/**
 * Writes the CSV reports from the stored polls: {@code YYYY-MM-DD_daily.csv} (the last 24 hours),
 * {@code YYYY-MM-DD_weekly.csv} (the last 7 days) or any range, with {@code fields.csv} beside them; and
 * cleans up old reports and polls.
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = System.getLogger(Reports.class.getName());
    private static final DateTimeFormatter RANGE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm");
    /** Polls deleted per transaction by the retention, so the writer is never held for long. */
    private static final int DELETE_BATCH = 5_000;

    /** The two reports on a schedule. */
    public enum Kind {
        DAILY(Duration.ofDays(1)),
        WEEKLY(Duration.ofDays(7));

        private final Duration length;

        Kind(Duration length) {
            this.length = length;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String key) {
            for (Kind kind : values()) {
                if (kind.key().equalsIgnoreCase(key)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("type='" + key + "' is unknown: use daily or weekly");
        }
    }

    @Inject
    PollStore store;

    @Inject
    Configuration configuration;

    private final Catalog catalog = Catalog.standard();

    /** The report of a kind ending now, named by today's date in TZ. */
    public synchronized Report write(Kind kind, Instant now) {
        Settings settings = settings();
        LocalDate day = now.atZone(settings.zone()).toLocalDate();
        Path target = folder(settings, kind).resolve(fileName(kind, day));
        return write(settings, target, now.minus(kind.length), now);
    }

    /** A report of any range, into the daily folder. */
    public synchronized Report write(TimeRange range) {
        Settings settings = settings();
        String name = RANGE.format(range.from().atZone(settings.zone())) + "_" + RANGE.format(range.to().atZone(settings.zone()))
                + "_range.csv";
        return write(settings, settings.dailyDir().resolve(name), range.from(), range.to());
    }

    public static String fileName(Kind kind, LocalDate day) {
        return day + "_" + kind.key() + ".csv";
    }

    public Path folder(Settings settings, Kind kind) {
        return kind == Kind.DAILY ? settings.dailyDir() : settings.weeklyDir();
    }

    private Report write(Settings settings, Path target, Instant from, Instant to) {
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
        Settings settings = settings();
        var cleanup = cleanup(settings);
        List<String> done = new ArrayList<>();
        int expired = cleanup.expired(now.atZone(settings.zone()).toLocalDate());
        int forRoom = cleanup.makeRoom();
        try {
            long polls = store.deleteBefore(now.minus(Duration.ofDays(settings.retentionDays())), DELETE_BATCH);
            if (polls > 0) {
                LOG.log(Level.INFO, "Deleted {0} polls older than {1} days", polls, settings.retentionDays());
            }
            done.add(polls + " polls older than " + settings.retentionDays() + " days deleted");
        } catch (luxlogger.readings.control.StoreException e) {
            LOG.log(Level.WARNING, "Retention of old polls postponed: {0}", e.getMessage());
            done.add("retention postponed: " + e.getMessage());
        }
        done.add(0, expired + " reports older than " + settings.csvRetentionDays() + " days deleted");
        done.add(1, forRoom + " reports deleted to free disk space");
        return done;
    }

    public Cleanup cleanup(Settings settings) {
        return new Cleanup(files(settings), settings.cachePath().toAbsolutePath().getParent(), settings.csvRetentionDays(),
                settings.diskMaxPercent());
    }

    public ReportFiles files(Settings settings) {
        return new ReportFiles(settings.dailyDir(), settings.weeklyDir());
    }

    private Settings settings() {
        return configuration.settings().orElseThrow(() -> new IllegalStateException("invalid configuration"));
    }
}
