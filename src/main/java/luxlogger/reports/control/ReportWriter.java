package luxlogger.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.entity.ReportSettings;

/**
 * Writes reports: one row per poll, in CSV ({@code timestamp} and {@code unix_time} first, then one column per
 * field, values as a user reads them, see docs/csv.md) or JSON Lines ({@link JsonLines}); to a file, or as a
 * stream. Thread-safe; each report it opens is not.
 *
 * <pre>{@code
 * try (OpenReport report = writer.open(target, columns)) {
 *     store.forEach(from, to, report::add);
 *     Report written = report.commit();
 * }
 * }</pre>
 */
public final class ReportWriter {

    /** The first two columns of every report. */
    public static final List<String> TIME_COLUMNS = List.of("timestamp", "unix_time");
    /** The name of the data dictionary written beside the reports. */
    public static final String DICTIONARY = "fields.csv";

    private final Decoder decoder;
    private final ZoneId zone;
    private final Dialect dialect;
    private final boolean readableHeaders;

    /**
     * @param zone the zone of the timestamps in the report
     * @param readableHeaders labels such as {@code Flow temperature} as headers instead of column names
     */
    public ReportWriter(Catalog catalog, ZoneId zone, Dialect dialect, boolean readableHeaders) {
        this.decoder = new Decoder(Objects.requireNonNull(catalog, "catalog"));
        this.zone = Objects.requireNonNull(zone, "zone");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.readableHeaders = readableHeaders;
    }

    /** The writer of the reports of these settings: their zone, dialect and headers. */
    public static ReportWriter of(Catalog catalog, ReportSettings settings) {
        return new ReportWriter(
                catalog, settings.zone(), Dialect.of(settings.csvDialect()), settings.readableHeaders());
    }

    /** Starts a CSV report, see {@link #open(Path, Columns, ExportFormat)}. */
    public OpenReport open(Path target, Columns columns) throws IOException {
        return open(target, columns, ExportFormat.CSV);
    }

    /**
     * Starts a report: a CSV's header is written at once, so a report that gets no row is a header-only file (an
     * empty one in JSON Lines). The file only appears under the target name when committed.
     *
     * @param columns the fields of the whole range (see {@link Columns#forShape})
     */
    public OpenReport open(Path target, Columns columns, ExportFormat format) throws IOException {
        var file = new PendingFile(target);
        try {
            return new OpenReport(file, rows(columns, format));
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * Writes the rows of polls straight to a stream, as a report file would hold them (an HTTP answer): memory
     * does not grow with the polls. The stream is left open.
     *
     * @param polls hands each poll, in time order, to the consumer it is given
     * @return the rows written
     * @throws UncheckedIOException when the stream cannot be written, e.g. the client went away
     */
    public long export(OutputStream output, Columns columns, ExportFormat format, Consumer<Consumer<Snapshot>> polls) {
        var out = new RowBuffer(output);
        Rows rows = rows(columns, format);
        long[] count = {0};
        try {
            rows.header(out);
            polls.accept(snapshot -> {
                try {
                    rows.row(snapshot, out);
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.drain();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    private Rows rows(Columns columns, ExportFormat format) {
        return switch (format) {
            case CSV -> new CsvRows(decoder, columns, dialect, new CellFormat(dialect, zone), header(columns));
            case JSONL -> new JsonLines(decoder, columns);
        };
    }

    /** Writes a whole report from snapshots in time order, e.g. those of the command line's collection. */
    public Report write(Path target, Columns columns, Iterable<Snapshot> snapshots) throws IOException {
        try (OpenReport report = open(target, columns)) {
            snapshots.forEach(report::add);
            return report.commit();
        }
    }

    /**
     * Writes {@value #DICTIONARY} into a folder: one row per column of reports with these columns, telling
     * what each holds.
     */
    public Report writeDictionary(Path folder, Columns columns) throws IOException {
        return new DataDictionary(dialect).write(folder.resolve(DICTIONARY), columns, header(columns));
    }

    /** The header row of reports with these columns. */
    public List<String> header(Columns columns) {
        List<String> header = new ArrayList<>(TIME_COLUMNS);
        header.addAll(readableHeaders ? columns.labels(TIME_COLUMNS) : columns.names());
        return header;
    }

    public Dialect dialect() {
        return dialect;
    }

    public ZoneId zone() {
        return zone;
    }
}
