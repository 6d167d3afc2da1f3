package luxlogger.reports.control;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A value as a user reads it, spelled in a dialect and ready to put between separators: decimals plain with
 * the dialect's decimal point, timestamps in the zone, booleans as 1 and 0, everything else as text, quoted
 * by opencsv where the text needs it. Text that a spreadsheet would run as a formula gets a leading quote
 * (see {@link #inert}). Not thread-safe.
 */
final class CellFormat {

    private final Dialect dialect;
    private final DateTimeFormatter timestamps;
    private final StringWriter buffer = new StringWriter();
    private final ICSVWriter cell;

    CellFormat(Dialect dialect, ZoneId zone) {
        this.dialect = dialect;
        this.timestamps = dialect.timestamps(zone);
        this.cell = new CSVWriterBuilder(buffer)
                .withSeparator(dialect.separator())
                .withLineEnd("")
                .build();
    }

    /** The cell of a decoded value; empty for no value. */
    String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            String text = decimal.toPlainString();
            return dialect.decimalPoint() == '.' ? text : text.replace('.', dialect.decimalPoint());
        }
        if (value instanceof Instant instant) {
            return time(instant);
        }
        if (value instanceof Boolean bool) {
            // numbers read the same in every spreadsheet locale, and their mean is a duty cycle
            return bool ? "1" : "0";
        }
        return text(inert(value.toString()));
    }

    /**
     * Text from the controller (the firmware string, and any other decoded text) as a spreadsheet shows it
     * instead of running it: a cell that starts with {@code = + - @}, a tab or a carriage return is a formula
     * to Excel and LibreOffice, so it gets a leading {@code '} (OWASP's advice on CSV injection). Numbers never
     * come here, so a negative temperature stays a number.
     */
    static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    /** A time in the zone, whole seconds (as in {@code unix_time}). */
    String time(Instant instant) {
        return timestamps.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Any text, quoted and its quotes doubled where it holds a separator, quote or line break. */
    String text(String text) {
        if (plain(text)) {
            return text;
        }
        buffer.getBuffer().setLength(0);
        cell.writeNext(new String[] {text}, false);
        return buffer.toString();
    }

    /** True when opencsv would leave the text as it is; saves it a kilobyte of buffer per cell. */
    private boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == dialect.separator() || c == '"' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
