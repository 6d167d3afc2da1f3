package luxlogger.configuration.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads typed values from configured properties and collects every problem instead of stopping at the first,
 * each as one line naming what the user set (the environment variable, or an option on the command line),
 * the value given and what is expected. It only reads: it creates no folder and no file.
 */
public final class SettingsReader {

    /** Where the defaults live, for the server (MicroProfile Config reads it) and the command line alike. */
    public static final String DEFAULTS = "/META-INF/microprofile-config.properties";

    private final Function<String, Optional<String>> lookup;
    private final Function<String, String> names;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param lookup the configured value of a property such as {@code interval.sec}, empty when not set
     */
    public SettingsReader(Function<String, Optional<String>> lookup) {
        this(lookup, SettingsReader::variable);
    }

    /**
     * @param names what a problem calls a property: the environment variable, or an option of the command line
     */
    public SettingsReader(Function<String, Optional<String>> lookup, Function<String, String> names) {
        this.lookup = lookup;
        this.names = names;
    }

    /** The environment variable that sets a property: {@code interval.sec} is {@code INTERVAL_SEC}. */
    public static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** The defaults shipped in {@code META-INF/microprofile-config.properties}. */
    public static Properties defaults() {
        var defaults = new Properties();
        try (InputStream in = SettingsReader.class.getResourceAsStream(DEFAULTS)) {
            defaults.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read the default configuration " + DEFAULTS, e);
        }
        return defaults;
    }

    /** The settings read, once every property was read; or every problem found. */
    public <T> T valid(T settings) {
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return settings;
    }

    /** What is set, trimmed; empty when nothing is, or when it cannot be read (which is then a problem). */
    public String text(String property) {
        try {
            return lookup.apply(property).map(String::trim).orElse("");
        } catch (RuntimeException e) {
            // e.g. a ${...} in the value that MicroProfile Config cannot expand: a problem like a bad value,
            // never an empty setting that would quietly switch something off (such as the API token)
            problems.add(names.apply(property) + " cannot be read: " + e.getMessage());
            return "";
        }
    }

    /** What a problem calls a property, e.g. {@code HOST}; for a message that names a second setting. */
    public String name(String property) {
        return names.apply(property);
    }

    /** Records that a value is unusable. */
    public void problem(String property, String value, String expected) {
        problems.add(names.apply(property) + "='" + value + "' is invalid: expected " + expected);
    }

    /** Records that a property without a default is not set. */
    public void missing(String property, String expected) {
        problems.add(names.apply(property) + " is not set: expected " + expected);
    }

    public int integer(String property, int min, int max, String expected) {
        return value(property, text -> SettingFormats.integer(text, min, max), expected, min);
    }

    public double decimal(String property, double min, double max, String expected) {
        return value(property, text -> SettingFormats.decimal(text, min, max), expected, min);
    }

    /** A time of day such as {@code 7:00} or {@code 06:30:15}. */
    public LocalTime time(String property) {
        return value(property, SettingFormats::time, "a time of day as HH:MM from 00:00 to 23:59", LocalTime.MIDNIGHT);
    }

    /** One of the allowed words, case-insensitive; returned as spelled in {@code allowed}. */
    public String choice(String property, String... allowed) {
        return value(
                property,
                text -> SettingFormats.choice(text, allowed),
                "one of " + String.join(", ", allowed),
                allowed[0]);
    }

    public boolean bool(String property) {
        return value(property, SettingFormats::bool, "true or false", false);
    }

    /** A day of the week by its English name or a prefix of at least three letters ({@code sun}). */
    public DayOfWeek day(String property) {
        return value(property, SettingFormats::day, "a day of the week, e.g. MONDAY", DayOfWeek.MONDAY);
    }

    /** A zone such as {@code Europe/Berlin} (a leading {@code :} as in POSIX TZ is allowed); empty: the system's. */
    public ZoneId zone(String property) {
        return value(
                property, SettingFormats::zone, "a time zone such as Europe/Berlin or UTC", ZoneId.systemDefault());
    }

    /** A file system path; null (and a problem) when empty or not a path. */
    public Path path(String property) {
        return path(property, text(property), text(property));
    }

    /** A path that is part of a property's value (e.g. one folder of several); null when unusable. */
    public Path path(String property, String value, String part) {
        if (part.isEmpty()) {
            problem(property, value, "a file system path");
            return null;
        }
        try {
            return Path.of(part);
        } catch (InvalidPathException e) {
            problem(property, value, "a valid file system path");
            return null;
        }
    }

    /**
     * A value of any other type; {@code parse} throws an {@link IllegalArgumentException} for a value it
     * cannot use, which is then reported with {@code expected}.
     */
    public <T> T value(String property, Function<String, T> parse, String expected, T fallback) {
        String value = text(property);
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            problem(property, value, expected);
            return fallback;
        }
    }
}
