package luxlogger.reports.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.entity.ReportSettings;

/** The two reports on a schedule: a day, every day at CSV_TIME, and a week, on WEEKLY_DAY. */
public enum Kind {
    DAILY(1),
    WEEKLY(7);

    /** The moment in the name of a report written on demand, in TZ, e.g. {@code 2026-01-31T0712}. */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmm");

    private final int days;

    Kind(int days) {
        this.days = days;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How many daily windows the report spans. */
    public int days() {
        return days;
    }

    /** How far back a report on demand reaches: 24 hours or 7 days. */
    public Duration length() {
        return Duration.ofDays(days);
    }

    public static Kind of(String key) {
        for (Kind kind : values()) {
            if (kind.key().equalsIgnoreCase(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("type='" + key + "' is unknown: use daily or weekly");
    }

    public Path folder(ReportSettings settings) {
        return this == DAILY ? settings.dailyDir() : settings.weeklyDir();
    }

    /** The scheduled report dated on a day, e.g. {@code 2026-01-31_daily.csv} in the daily folder. */
    public Path file(ReportSettings settings, LocalDate day, ExportFormat format) {
        return folder(settings).resolve(day + "_" + key() + format.extension());
    }

    /** The files of the scheduled report dated on a day, one per REPORT_FORMATS. */
    public List<Path> files(ReportSettings settings, LocalDate day) {
        return settings.reportFormats().stream()
                .map(format -> file(settings, day, format))
                .toList();
    }

    /**
     * A report written on demand, named by its moment in TZ, e.g. {@code 2026-01-31T0712_daily.csv}: it covers
     * another window than the scheduled report of the day, so it must not take that one's name.
     */
    public Path file(ReportSettings settings, Instant moment, ExportFormat format) {
        return folder(settings)
                .resolve(MOMENT.format(moment.atZone(settings.zone())) + "_" + key() + format.extension());
    }

    /**
     * The days of the reports of this kind that are due by {@code now} and not there, oldest first: those since
     * the newest one written (the server was down at their time), within CSV_RETENTION_DAYS (older ones would be
     * deleted at once); without any report of the kind yet, only the latest. A report is there when each of
     * REPORT_FORMATS is, and is owed since the newest of the format that is furthest behind.
     */
    public List<LocalDate> missed(ReportSettings settings, Instant now) {
        Schedule schedule = Schedule.of(settings);
        LocalDate latest = schedule.latest(this, now);
        LocalDate oldest = now.atZone(settings.zone()).toLocalDate().minusDays(settings.csvRetentionDays());
        ReportFiles files = ReportFiles.in(folder(settings));
        // a format added to REPORT_FORMATS has no report yet: it is owed from the latest, as on a first start
        LocalDate since = settings.reportFormats().stream()
                .map(format -> files.newest(this, format).orElse(latest.minusDays(1)))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        List<LocalDate> missed = new ArrayList<>();
        for (LocalDate day = latest; day.isAfter(since) && !day.isBefore(oldest); day = day.minusDays(1)) {
            if (schedule.due(this, day) && !files(settings, day).stream().allMatch(Files::exists)) {
                missed.add(0, day);
            }
        }
        return missed;
    }
}
