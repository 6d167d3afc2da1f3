package luxlogger.reports.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a report file is spelled ({@code CSV_DIALECT}). Only the separator, the decimal point of decimal values,
 * the timestamp pattern, the line end and the byte order mark differ; values and columns stay the same.
 */
public enum Dialect {

    /** RFC 4180 with {@code ,} and {@code .}: what pandas, R and most tools read without options. */
    STANDARD("standard", ',', '.', "uuuu-MM-dd'T'HH:mm:ssxxx", "\n", false),
    /**
     * What a German Excel opens with a double click, as the controller's own USB export: {@code ;}, decimal
     * comma, local timestamps. The byte order mark makes Excel read UTF-8 (else "°C" shows as "Â°C").
     */
    EXCEL_DE("excel-de", ';', ',', "dd.MM.uuuu HH:mm:ss", "\r\n", true);

    private final String key;
    private final char separator;
    private final char decimalPoint;
    private final String timestampPattern;
    private final String lineEnd;
    private final boolean byteOrderMark;

    Dialect(
            String key,
            char separator,
            char decimalPoint,
            String timestampPattern,
            String lineEnd,
            boolean byteOrderMark) {
        this.key = key;
        this.separator = separator;
        this.decimalPoint = decimalPoint;
        this.timestampPattern = timestampPattern;
        this.lineEnd = lineEnd;
        this.byteOrderMark = byteOrderMark;
    }

    /** The dialect of a {@code CSV_DIALECT} value such as {@code excel-de}, case-insensitive. */
    public static Dialect of(String key) {
        String wanted = key.strip();
        return Arrays.stream(values())
                .filter(d -> d.key.equalsIgnoreCase(wanted) || d.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown CSV dialect '" + key + "', known: "
                        + Arrays.stream(values()).map(Dialect::key).toList()));
    }

    /** The name used in configuration, e.g. {@code excel-de}. */
    public String key() {
        return key;
    }

    public char separator() {
        return separator;
    }

    /** The decimal point of decimal values; never used in text values such as versions or addresses. */
    public char decimalPoint() {
        return decimalPoint;
    }

    /** Timestamps (of polls and of timestamp values) as local time of a zone. */
    public DateTimeFormatter timestamps(ZoneId zone) {
        return DateTimeFormatter.ofPattern(timestampPattern, Locale.ROOT).withZone(zone);
    }

    public String lineEnd() {
        return lineEnd;
    }

    /** True when the file starts with a UTF-8 byte order mark. */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }
}
