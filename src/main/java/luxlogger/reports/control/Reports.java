package luxlogger.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.control.PollStore;
import luxlogger.readings.control.TimeRange;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.entity.DailyReportWritten;
import luxlogger.reports.entity.ReportSettings;
import luxlogger.reports.entity.WeeklyReportWritten;

/**
 * Writes the reports from the stored polls: {@code YYYY-MM-DD_daily.csv} and {@code YYYY-MM-DD_weekly.csv} (and
 * {@code .jsonl} in REPORT_FORMATS) on schedule (see {@link Schedule}), the last 24 hours or 7 days on demand, or
 * any range up to 31 days, with {@code fields.csv} beside them ({@link Cleanup} deletes them again). Methods that need the report settings
 * throw {@link InvalidSettingsException} while they are unusable.
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = System.getLogger(Reports.class.getName());
    private static final DateTimeFormatter RANGE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmm");
    /** The longest range report: longer ones would hold the report lock for many minutes and gigabytes. */
    static final Duration MAX_RANGE = Duration.ofDays(31);
    /** What to do instead of a range report that is too long. */
    public static final String STREAM_LONGER = "stream longer ranges with GET /api/readings?format=csv";
    /** A report written later than this after its time is logged as missed. */
    private static final Duration LATE = Duration.ofMinutes(1);

    @Inject
    PollStore store;

    @Inject
    PollReader reader;

    @Inject
    Instance<ReportSettings> reportSettings;

    @Inject
    Instance<Controllers> controllers;

    @Inject
    Event<DailyReportWritten> written;

    @Inject
    Event<WeeklyReportWritten> weeklyWritten;

    private final Catalog catalog = Catalog.standard();

    /**
     * Creates the report folders if needed, each controller's, and proves them writable, as the reports start
     * (reading the settings creates nothing).
     *
     * @return the settings the reports run with
     */
    public ReportSettings start() {
        ReportLayout layout = layout();
        layout.prepare();
        return layout.settings();
    }

    /**
     * Writes every scheduled report whose time has come by {@code now} and whose file is not there: the one due
     * now, and those missed while the server was down, since the newest report of each kind and within
     * CSV_RETENTION_DAYS; of each controller into its own folders. Each gets the window it has on schedule. A
     * report that fails is logged; the others, also the other controllers', are still written.
     *
     * @return when the next scheduled report is due
     */
    public Instant catchUp(Instant now) {
        ReportLayout layout = layout();
        Schedule schedule = Schedule.of(layout.settings());
        for (String controller : layout.controllers()) {
            try {
                catchUp(controller, layout.of(controller), schedule, now);
            } catch (RuntimeException e) {
                // e.g. a folder that can no longer be listed: the other controllers' reports are still due
                LOG.log(Level.ERROR, "Reports of {0} failed: {1}", controller, e.getMessage());
            }
        }
        return schedule.next(now);
    }

    private void catchUp(String controller, ReportSettings settings, Schedule schedule, Instant now) {
        for (Kind kind : Kind.values()) {
            for (LocalDate day : kind.missed(settings, now)) {
                Instant due = schedule.at(day);
                String files =
                        kind.files(settings, day).stream().map(Path::toString).collect(Collectors.joining(", "));
                if (due.isBefore(now.minus(LATE))) {
                    LOG.log(
                            Level.INFO,
                            "The {0} report was missed (due {1}, the server was down): writing {2} now",
                            kind.key(),
                            due,
                            files);
                }
                try {
                    write(controller, kind, day);
                    if (kind == Kind.DAILY) {
                        written.fire(new DailyReportWritten(controller, day, settings.dailyDir(), settings));
                    } else {
                        weeklyWritten.fire(new WeeklyReportWritten(controller, day, settings.weeklyDir(), settings));
                    }
                } catch (RuntimeException e) {
                    // the report is tried again at the next catch-up, as long as no later one was written
                    LOG.log(Level.ERROR, "Report {0} failed: {1}", files, e.getMessage());
                }
            }
        }
    }

    /**
     * The report settings of a controller: with several controllers, its reports go to a folder of its own in
     * each report folder, {@code <daily folder>/<name>/} and {@code <weekly folder>/<name>/}.
     */
    public ReportSettings settings(String controller) {
        return layout().of(controller);
    }

    /** Where each controller's reports go. */
    public ReportLayout layout() {
        return ReportLayout.of(reportSettings.get(), controllers.get());
    }

    /**
     * The scheduled report of a kind dated on a day, with its window on schedule, in each of REPORT_FORMATS;
     * replaces older files.
     */
    public synchronized List<Report> write(String controller, Kind kind, LocalDate day) {
        ReportSettings settings = settings(controller);
        TimeRange window = Schedule.of(settings).window(kind, day);
        return write(controller, settings, kind.files(settings, day), window.from(), window.to());
    }

    /** A report on demand: the last 24 hours or 7 days up to now, named by this moment, in each format. */
    public synchronized List<Report> write(String controller, Kind kind, Instant now, List<ExportFormat> formats) {
        ReportSettings settings = settings(controller);
        List<Path> files =
                formats.stream().map(format -> kind.file(settings, now, format)).toList();
        return write(controller, settings, files, now.minus(kind.length()), now);
    }

    /**
     * A report of any range up to 31 days, into the daily folder, in each format.
     *
     * @throws IllegalArgumentException for a longer range, or a time whose year has not four digits in TZ
     */
    public synchronized List<Report> write(String controller, TimeRange range, List<ExportFormat> formats) {
        ReportSettings settings = settings(controller);
        String name = rangeName(range, settings);
        List<Path> files = formats.stream()
                .map(format -> settings.dailyDir().resolve(name + format.extension()))
                .toList();
        return write(controller, settings, files, range.from(), range.to());
    }

    /** The file name of a range report without its ending, e.g. {@code 2026-01-01T0000_2026-01-31T0000_range}. */
    static String rangeName(TimeRange range, ReportSettings settings) {
        if (range.duration().compareTo(MAX_RANGE) > 0) {
            throw new IllegalArgumentException("range " + range.from() + " to " + range.to() + " is longer than "
                    + MAX_RANGE.toDays() + " days: " + STREAM_LONGER);
        }
        ZonedDateTime from = range.from().atZone(settings.zone());
        ZonedDateTime to = range.to().atZone(settings.zone());
        for (ZonedDateTime time : List.of(from, to)) {
            // the name holds the year in four digits; any other would make a file nothing lists or deletes
            if (time.getYear() < 1 || time.getYear() > 9999) {
                throw new IllegalArgumentException(
                        "the year of " + time.toInstant() + " in " + settings.zone() + " is outside 0001 to 9999");
            }
        }
        return RANGE.format(from) + "_" + RANGE.format(to) + "_range";
    }

    private List<Report> write(
            String controller, ReportSettings settings, List<Path> targets, Instant from, Instant to) {
        return new RangeWriter(reader, catalog, settings).write(controller, targets, from, to);
    }

    /** The reports of every controller. */
    public ReportFiles files() {
        return layout().files();
    }
}
