package luxlogger.diagnosis.control;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the health page writes numbers and times: one fixed locale (a decimal point, no grouping), whatever the
 * server's own locale is, so that the same report reads the same everywhere and a test can expect the text; times
 * in the report's zone.
 */
final class PageFormat {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final String NONE = "–";

    private final ZoneId zone;

    PageFormat(String zone) {
        this.zone = zoneOf(zone);
    }

    /**
     * A figure with as many decimals as its size needs: 1,234 kWh, 14.5 starts, 3.87 COP; trailing zeros dropped.
     */
    static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return NONE;
        }
        double size = Math.abs(value);
        String pattern = size >= 100 ? "0" : size >= 10 ? "0.#" : "0.##";
        return minus(new DecimalFormat(pattern, SYMBOLS).format(value));
    }

    /** A figure with exactly {@code digits} decimals (axis ticks, shares). */
    static String fixed(Double value, int digits) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return NONE;
        }
        return minus(String.format(Locale.ROOT, "%." + digits + "f", value));
    }

    /** A number for an SVG coordinate: always a decimal point, one decimal (a tenth of a pixel is plenty). */
    static String coordinate(double value) {
        return fixed(value, 1);
    }

    /** A figure and its unit, e.g. "14.5 1/d", "3.2 K", "42 %". */
    static String withUnit(Double value, String unit) {
        String number = number(value);
        return unit == null || unit.isBlank() || NONE.equals(number) ? number : number + " " + unit;
    }

    String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant.atZone(zone));
    }

    LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    String span(Instant from, Instant to) {
        return time(from) + " – " + time(to);
    }

    /** "-0" reads oddly under a chart: a value that rounds to zero is zero. */
    private static String minus(String text) {
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            // the report's zone comes from the server's settings, checked at start: UTC only guards the page
            return ZoneOffset.UTC;
        }
    }
}
