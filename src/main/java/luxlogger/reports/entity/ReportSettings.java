package luxlogger.reports.entity;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.readings.entity.ExportFormat;

/**
 * The reports: when they are written, where, in which formats, how they are spelled, and how long they and the disk
 * last.
 *
 * @param csvTime the time of day (in {@code zone}) of the daily report, and of the weekly one on {@code weeklyDay}
 * @param csvDialect a dialect key, {@code standard} or {@code excel-de}
 * @param csvFields the columns as names or patterns, comma-separated; empty for all
 * @param reportFormats the files of each report, each once, e.g. {@code _daily.csv} and {@code _daily.jsonl}
 */
public record ReportSettings(
        LocalTime csvTime,
        ZoneId zone,
        DayOfWeek weeklyDay,
        Path dailyDir,
        Path weeklyDir,
        String csvDialect,
        String csvFields,
        boolean readableHeaders,
        int csvRetentionDays,
        int diskMaxPercent,
        List<ExportFormat> reportFormats) {

    public ReportSettings {
        reportFormats = List.copyOf(reportFormats);
    }

    /** The same settings with the report folders of one controller among several: a folder of its name in each. */
    public ReportSettings under(String controller) {
        return new ReportSettings(
                csvTime,
                zone,
                weeklyDay,
                dailyDir.resolve(controller),
                weeklyDir.resolve(controller),
                csvDialect,
                csvFields,
                readableHeaders,
                csvRetentionDays,
                diskMaxPercent,
                reportFormats);
    }

    /**
     * Reads {@code csv.time}, {@code tz}, {@code weekly.day}, {@code output.dirs} (or, without it, the folder of
     * {@code cache.path}), {@code csv.dialect}, {@code csv.fields}, {@code readable.headers},
     * {@code csv.retention.days}, {@code disk.max.percent} and {@code report.formats}; each pattern of {@code csv.fields} must match a
     * field of the catalog. The folders are only named here; the reports
     * create and check them as they start.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming every unusable value
     */
    public static ReportSettings from(SettingsReader reader) {
        LocalTime csvTime = reader.time("csv.time");
        ZoneId zone = reader.zone("tz");
        DayOfWeek weeklyDay = reader.day("weekly.day");
        Path[] folders = folders(reader);
        String dialect = dialect(reader);
        String fields = fields(reader);
        boolean readable = reader.bool("readable.headers");
        int csvRetention = reader.integer("csv.retention.days", 1, 36_500, "a whole number of days from 1 to 36500");
        int diskMax = reader.integer("disk.max.percent", 1, 100, "a whole percentage from 1 to 100");
        List<ExportFormat> formats = formats(reader);
        return reader.valid(new ReportSettings(
                csvTime,
                zone,
                weeklyDay,
                folders[0],
                folders[1],
                dialect,
                fields,
                readable,
                csvRetention,
                diskMax,
                formats));
    }

    /**
     * {@code REPORT_FORMATS}: {@code csv}, {@code jsonl} or both, comma-separated, in any order and letter case;
     * empty is the default, {@code csv}.
     */
    public static List<ExportFormat> formats(SettingsReader reader) {
        String value = reader.text("report.formats");
        if (value.isEmpty()) {
            return List.of(ExportFormat.CSV);
        }
        Set<ExportFormat> formats = new LinkedHashSet<>();
        try {
            for (String key : value.split(",")) {
                formats.add(ExportFormat.of(key));
            }
        } catch (IllegalArgumentException e) {
            reader.problem("report.formats", value, "csv, jsonl or both, comma-separated (e.g. csv,jsonl)");
            return List.of(ExportFormat.CSV);
        }
        return List.copyOf(formats);
    }

    /** The dialect alone, for the command line's {@code collect}. */
    public static String dialect(SettingsReader reader) {
        return reader.choice("csv.dialect", "standard", "excel-de");
    }

    /**
     * The columns of {@code CSV_FIELDS}, checked against the field catalog now: a pattern that matches nothing
     * would otherwise fail every report at its hour.
     */
    private static String fields(SettingsReader reader) {
        String value = reader.text("csv.fields");
        List<String> unmatched = new ArrayList<>();
        for (String pattern : value.split(",")) {
            try {
                Catalog.standard().select(List.of(pattern));
            } catch (IllegalArgumentException e) {
                unmatched.add("'" + pattern.strip() + "'");
            }
        }
        if (!unmatched.isEmpty()) {
            reader.problem(
                    "csv.fields",
                    value,
                    "names or * patterns of fields, comma-separated (" + String.join(", ", unmatched)
                            + (unmatched.size() == 1 ? " matches" : " match") + " no field)");
        }
        return value;
    }

    /** Either one base folder (daily/ and weekly/ below it) or {@code daily=PATH,weekly=PATH}. */
    private static Path[] folders(SettingsReader reader) {
        String value = reader.text("output.dirs");
        if (value.isEmpty()) {
            Path cachePath = reader.path("cache.path");
            Path base = cachePath == null
                    ? Path.of(".")
                    : cachePath.toAbsolutePath().getParent();
            return new Path[] {base.resolve("daily"), base.resolve("weekly")};
        }
        if (!value.contains("=")) {
            Path base = reader.path("output.dirs");
            return base == null ? new Path[2] : new Path[] {base.resolve("daily"), base.resolve("weekly")};
        }
        Path daily = null;
        Path weekly = null;
        for (String part : value.split(",")) {
            String[] pair = part.split("=", 2);
            String key = pair[0].trim().toLowerCase(Locale.ROOT);
            Path path = pair.length == 2 ? reader.path("output.dirs", value, pair[1].trim()) : null;
            if (key.equals("daily") && daily == null) {
                daily = path;
            } else if (key.equals("weekly") && weekly == null) {
                weekly = path;
            } else {
                daily = null;
                weekly = null;
                break;
            }
        }
        if (daily == null || weekly == null) {
            reader.problem("output.dirs", value, "one folder, or daily=FOLDER,weekly=FOLDER");
            return new Path[2];
        }
        return new Path[] {daily, weekly};
    }
}
