package luxlogger.reports.control;

import java.nio.file.Path;

/**
 * A report file as written.
 *
 * @param name the file name, e.g. {@code 2026-01-31_daily.csv}
 * @param rows data rows, without the header
 * @param columns columns of each row, the time included ({@code timestamp} and {@code unix_time} in a CSV,
 *     {@code time} in JSON Lines)
 * @param bytes size of the file
 * @param skipped stored polls that could not be decoded and have no row
 */
public record Report(String name, Path path, long rows, int columns, long bytes, long skipped) {

    public Report(String name, Path path, long rows, int columns, long bytes) {
        this(name, path, rows, columns, bytes, 0);
    }
}
