package luxlogger.settings.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import luxlogger.simulator.control.Profile;

/**
 * The validated configuration of the logger. Built once at start from MicroProfile Config (or any
 * lookup in tests and the command line); every problem is reported with the environment variable
 * users set, the value given and what is expected.
 */
public record Settings(
        String host,
        int port,
        Duration interval,
        Duration timeout,
        int retries,
        LocalTime csvTime,
        Path cachePath,
        Path dailyDir,
        Path weeklyDir,
        int csvRetentionDays,
        int retentionDays,
        int diskMaxPercent,
        ZoneId zone,
        DayOfWeek weeklyDay,
        String simulatorProfile,
        double simulatorSpeed,
        String csvDialect,
        String csvFields,
        boolean readableHeaders,
        String apiToken) {

    /** The value of HOST that selects the built-in simulated heat pump. */
    public static final String SIMULATOR = "simulator";

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[?[0-9A-Fa-f:]+]?");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

    /** True when the logger reads its own simulated heat pump instead of a real controller. */
    public boolean simulated() {
        return SIMULATOR.equals(host);
    }

    /** The environment variable that sets a property: {@code interval.sec} is {@code INTERVAL_SEC}. */
    public static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** The defaults shipped in {@code META-INF/microprofile-config.properties}. */
    public static Properties defaults() {
        var defaults = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default configuration", e);
        }
        return defaults;
    }

    /**
     * Reads and checks every setting.
     *
     * @param lookup the configured value of a property, empty when not set
     * @throws InvalidSettingsException naming every unusable value
     */
    public static Settings from(Function<String, Optional<String>> lookup) {
        var reader = new Reader(lookup);
        String host = reader.host();
        int port = reader.integer("port", 1, 65535, "a TCP port from 1 to 65535");
        int intervalSec = reader.integer("interval.sec", 1, 86_400, "a whole number of seconds from 1 to 86400");
        int timeoutSec = reader.integer("timeout.sec", 1, 3_600, "a whole number of seconds from 1 to 3600");
        int retries = reader.integer("retries", 0, 20, "a whole number from 0 to 20");
        LocalTime csvTime = reader.time("csv.time");
        Path cachePath = reader.cachePath();
        Path[] outputs = reader.outputDirs(cachePath);
        int csvRetention = reader.integer("csv.retention.days", 1, 36_500, "a whole number of days from 1 to 36500");
        int retention = reader.integer("retention.days", 1, 36_500, "a whole number of days from 1 to 36500");
        int diskMax = reader.integer("disk.max.percent", 1, 100, "a whole percentage from 1 to 100");
        ZoneId zone = reader.zone();
        DayOfWeek weeklyDay = reader.day("weekly.day");
        String profile = reader.profile();
        double speed = reader.decimal("simulator.speed", 0.001, 100_000, "a factor from 0.001 to 100000 (1 = real time)");
        String dialect = reader.choice("csv.dialect", "standard", "excel-de");
        String fields = reader.text("csv.fields");
        boolean readable = reader.bool("readable.headers");
        String token = reader.text("api.token");
        reader.throwIfInvalid();
        return new Settings(host, port, Duration.ofSeconds(intervalSec), Duration.ofSeconds(timeoutSec), retries,
                csvTime, cachePath, outputs[0], outputs[1], csvRetention, retention, diskMax, zone, weeklyDay,
                profile, speed, dialect, fields, readable, token);
    }

    /** Collects the problems of all properties instead of stopping at the first. */
    private static final class Reader {
        private final Function<String, Optional<String>> lookup;
        private final List<String> problems = new ArrayList<>();

        Reader(Function<String, Optional<String>> lookup) {
            this.lookup = lookup;
        }

        String text(String property) {
            return lookup.apply(property).map(String::trim).orElse("");
        }

        void problem(String property, String value, String expected) {
            problems.add(variable(property) + "='" + value + "' is invalid: expected " + expected);
        }

        void throwIfInvalid() {
            if (!problems.isEmpty()) {
                throw new InvalidSettingsException(problems);
            }
        }

        String host() {
            String value = text("host");
            if (value.isEmpty() || value.equalsIgnoreCase(SIMULATOR)) {
                return SIMULATOR;
            }
            if (value.contains("://") || (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':'))) {
                problem("host", value, "a host name or IP address only, e.g. 192.0.2.20 (the port goes in PORT)");
            } else if (!HOST_NAME.matcher(value).matches()) {
                problem("host", value, "a host name or IP address, e.g. 192.0.2.20, or 'simulator'");
            }
            return value;
        }

        int integer(String property, int min, int max, String expected) {
            String value = text(property);
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below like a value out of range
            }
            problem(property, value, expected);
            return min;
        }

        double decimal(String property, double min, double max, String expected) {
            String value = text(property);
            try {
                double number = Double.parseDouble(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below like a value out of range
            }
            problem(property, value, expected);
            return min;
        }

        LocalTime time(String property) {
            String value = text(property);
            try {
                return LocalTime.parse(value, CLOCK);
            } catch (DateTimeParseException e) {
                problem(property, value, "a time of day as HH:MM from 00:00 to 23:59");
                return LocalTime.MIDNIGHT;
            }
        }

        String choice(String property, String... allowed) {
            String value = text(property).toLowerCase(Locale.ROOT);
            for (String choice : allowed) {
                if (choice.equals(value)) {
                    return choice;
                }
            }
            problem(property, text(property), "one of " + String.join(", ", allowed));
            return allowed[0];
        }

        boolean bool(String property) {
            String value = text(property).toLowerCase(Locale.ROOT);
            if (value.equals("true") || value.equals("false")) {
                return value.equals("true");
            }
            problem(property, text(property), "true or false");
            return false;
        }

        DayOfWeek day(String property) {
            String value = text(property).toUpperCase(Locale.ROOT);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (!value.isEmpty() && value.length() >= 3 && day.name().startsWith(value)) {
                    return day;
                }
            }
            problem(property, text(property), "a day of the week, e.g. MONDAY");
            return DayOfWeek.MONDAY;
        }

        String profile() {
            String value = text("simulator.profile");
            try {
                return Profile.of(value).key();
            } catch (IllegalArgumentException e) {
                problem("simulator.profile", value, e.getMessage().replaceFirst("^unknown profile '[^']*', known: ", "one of "));
                return value;
            }
        }

        ZoneId zone() {
            String value = text("tz");
            if (value.isEmpty()) {
                return ZoneId.systemDefault();
            }
            try {
                return ZoneId.of(value.startsWith(":") ? value.substring(1) : value);
            } catch (DateTimeException e) {
                problem("tz", value, "a time zone such as Europe/Berlin or UTC");
                return ZoneId.systemDefault();
            }
        }

        Path cachePath() {
            String value = text("cache.path");
            Path path = path("cache.path", value);
            if (path == null) {
                return null;
            }
            if (Files.isDirectory(path)) {
                problem("cache.path", value, "the path of the SQLite database file, not a folder");
                return path;
            }
            Path parent = path.toAbsolutePath().getParent();
            writableFolder("cache.path", value, parent);
            return path;
        }

        /** Either one base folder (daily/ and weekly/ below it) or {@code daily=PATH,weekly=PATH}. */
        Path[] outputDirs(Path cachePath) {
            String value = text("output.dirs");
            Path daily;
            Path weekly;
            if (value.isEmpty()) {
                Path base = cachePath == null ? Path.of(".") : cachePath.toAbsolutePath().getParent();
                daily = base.resolve("daily");
                weekly = base.resolve("weekly");
            } else if (value.contains("=")) {
                daily = null;
                weekly = null;
                for (String part : value.split(",")) {
                    String[] pair = part.split("=", 2);
                    String key = pair[0].trim().toLowerCase(Locale.ROOT);
                    Path path = pair.length == 2 ? path("output.dirs", pair[1].trim()) : null;
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
                    problem("output.dirs", value, "one folder, or daily=FOLDER,weekly=FOLDER");
                    return new Path[] {null, null};
                }
            } else {
                Path base = path("output.dirs", value);
                if (base == null) {
                    return new Path[] {null, null};
                }
                daily = base.resolve("daily");
                weekly = base.resolve("weekly");
            }
            writableFolder("output.dirs", value, daily);
            if (!weekly.equals(daily)) {
                writableFolder("output.dirs", value, weekly);
            }
            return new Path[] {daily, weekly};
        }

        private Path path(String property, String value) {
            if (value.isEmpty()) {
                problem(property, value, "a file system path");
                return null;
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                problem(property, value, "a valid file system path");
                return null;
            }
        }

        /** Creates the folder if needed and proves it writable, so a bad mount shows at start, not at 07:00. */
        private void writableFolder(String property, String value, Path folder) {
            try {
                Files.createDirectories(folder);
                Path probe = Files.createTempFile(folder, ".write-test", ".tmp");
                Files.delete(probe);
            } catch (IOException | SecurityException e) {
                problem(property, value, "a folder the logger can write to (" + folder + ": " + reason(e) + ")");
            }
        }

        private static String reason(Exception e) {
            String message = e.getMessage();
            return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : message == null ? e.getClass().getSimpleName() : message;
        }
    }
}
