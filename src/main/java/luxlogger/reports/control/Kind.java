package luxlogger.reports.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import luxlogger.reports.entity.ReportSettings;

/** The two reports on a schedule: the last day, every day at CSV_TIME, and the last week, on WEEKLY_DAY. */
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

    /** How far back the report reaches. */
    public Duration length() {
        return length;
    }

    public static Kind of(String key) {
        for (Kind kind : values()) {
            if (kind.key().equalsIgnoreCase(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("type='" + key + "' is unknown: use daily or weekly");
    }

    /** The report written on a day, e.g. {@code 2026-01-31_daily.csv} in the daily folder. */
    public Path file(ReportSettings settings, LocalDate day) {
        Path folder = this == DAILY ? settings.dailyDir() : settings.weeklyDir();
        return folder.resolve(day + "_" + key() + ".csv");
    }

    /**
     * The reports of today whose time has passed by {@code now} and whose file is not there, e.g. because the
     * server was down at CSV_TIME.
     */
    public static List<Kind> missed(ReportSettings settings, Instant now) {
        ZonedDateTime local = now.atZone(settings.zone());
        List<Kind> missed = new ArrayList<>();
        if (local.toLocalTime().isBefore(settings.csvTime())) {
            return missed;
        }
        for (Kind kind : values()) {
            boolean scheduled = kind == DAILY || local.getDayOfWeek() == settings.weeklyDay();
            if (scheduled && !Files.exists(kind.file(settings, local.toLocalDate()))) {
                missed.add(kind);
            }
        }
        return missed;
    }
}
