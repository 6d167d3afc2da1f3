package luxlogger.configuration.control;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * How the text of a setting becomes a typed value. Each function is pure and rejects text it cannot use with an
 * {@link IllegalArgumentException}, which {@link SettingsReader} turns into a problem naming what the user set.
 */
final class SettingFormats {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

    private SettingFormats() {}

    static int integer(String text, int min, int max) {
        int number = Integer.parseInt(text);
        if (number < min || number > max) {
            throw new IllegalArgumentException(number + " is outside " + min + " to " + max);
        }
        return number;
    }

    static double decimal(String text, double min, double max) {
        double number = Double.parseDouble(text);
        // written so that NaN is outside too
        if (!(number >= min && number <= max)) {
            throw new IllegalArgumentException(number + " is outside " + min + " to " + max);
        }
        return number;
    }

    /** A time of day such as {@code 7:00} or {@code 06:30:15}. */
    static LocalTime time(String text) {
        try {
            return LocalTime.parse(text, CLOCK);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** One of the allowed words, case-insensitive; returned as spelled in {@code allowed}. */
    static String choice(String text, String... allowed) {
        for (String choice : allowed) {
            if (choice.equalsIgnoreCase(text)) {
                return choice;
            }
        }
        throw new IllegalArgumentException(text + " is none of the allowed words");
    }

    static boolean bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return text.equalsIgnoreCase("true");
        }
        throw new IllegalArgumentException(text + " is neither true nor false");
    }

    /** A day of the week by its English name or a prefix of at least three letters ({@code sun}). */
    static DayOfWeek day(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (upper.length() >= 3 && day.name().startsWith(upper)) {
                return day;
            }
        }
        throw new IllegalArgumentException(text + " is no day of the week");
    }

    /** A zone such as {@code Europe/Berlin} (a leading {@code :} as in POSIX TZ is allowed); empty: the system's. */
    static ZoneId zone(String text) {
        if (text.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(text.startsWith(":") ? text.substring(1) : text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
