package luxlogger.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.readings.control.PollReader;
import luxlogger.reports.entity.ReportSettings;

/**
 * Writes the report of one time range from the stored polls, with the columns of the longest arrays of the range
 * (or CSV_FIELDS of them), and {@code fields.csv} beside it. A stored poll that cannot be decoded spoils only its
 * own row: it is skipped, counted in the report and logged once per report.
 */
final class RangeWriter {

    private static final Logger LOG = System.getLogger(Reports.class.getName());

    private final PollReader polls;
    private final Catalog catalog;
    private final ReportSettings settings;

    RangeWriter(PollReader polls, Catalog catalog, ReportSettings settings) {
        this.polls = polls;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** The report of a controller's polls of {@code [from, to)}, under its final name only once complete. */
    Report write(String controller, Path target, Instant from, Instant to) {
        long start = System.nanoTime();
        Shape longest = polls.longestShape(controller, from, to);
        // a range without polls still gets the columns a current controller has, so the header is useful
        Columns columns = Columns.forShape(catalog, longest.equals(Shape.NONE) ? catalog.shape() : longest);
        if (!settings.csvFields().isEmpty()) {
            columns = columns.only(catalog, settings.csvFields());
        }
        var writer = new ReportWriter(
                catalog, settings.zone(), Dialect.of(settings.csvDialect()), settings.readableHeaders());
        try {
            Report report;
            try (OpenReport open = writer.open(target, columns)) {
                polls.forEach(controller, from, to, open::add, open::skip);
                report = open.commit();
                if (report.skipped() > 0) {
                    LOG.log(
                            Level.WARNING,
                            "Report {0}: skipped {1} stored polls that cannot be decoded, the first: {2}",
                            target,
                            report.skipped(),
                            open.firstSkipped());
                }
            }
            writer.writeDictionary(target.getParent(), columns);
            if (report.rows() == 0) {
                LOG.log(
                        Level.INFO,
                        "Report {0}: no polls between {1} and {2}, wrote the header only",
                        target,
                        from,
                        to);
            } else {
                LOG.log(
                        Level.INFO,
                        "Report {0}: {1} rows, {2} columns, {3} bytes in {4} ms",
                        target,
                        report.rows(),
                        report.columns(),
                        report.bytes(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
        }
    }
}
