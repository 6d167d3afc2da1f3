package luxlogger.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.entity.ReportSettings;

/**
 * Writes the report of one time range from the stored polls, in one or more formats from one read of the polls,
 * with the columns of the longest arrays of the range (or CSV_FIELDS of them), and {@code fields.csv} beside it. A
 * stored poll that cannot be decoded spoils only its own row: it is skipped, counted in the report and logged once
 * per report.
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

    /**
     * The report of a controller's polls of {@code [from, to)}, each file under its final name only once complete.
     *
     * @param targets the files, each in the format its name ends with ({@link ExportFormat#ofFile})
     */
    List<Report> write(String controller, List<Path> targets, Instant from, Instant to) {
        long start = System.nanoTime();
        Shape longest = polls.longestShape(controller, from, to);
        // a range without polls still gets the columns a current controller has, so the header is useful
        Columns columns = Columns.forShape(catalog, longest.equals(Shape.NONE) ? catalog.shape() : longest);
        if (!settings.csvFields().isEmpty()) {
            columns = columns.only(catalog, settings.csvFields());
        }
        var writer = ReportWriter.of(catalog, settings);
        List<OpenReport> open = new ArrayList<>();
        try {
            for (Path target : targets) {
                open.add(writer.open(target, columns, format(target)));
            }
            polls.forEach(
                    controller,
                    from,
                    to,
                    snapshot -> open.forEach(report -> report.add(snapshot)),
                    problem -> open.forEach(report -> report.skip(problem)));
            List<Report> reports = new ArrayList<>();
            for (OpenReport report : open) {
                reports.add(report.commit());
            }
            writer.writeDictionary(targets.get(0).getParent(), columns);
            for (Report report : reports) {
                log(report, open.get(0).firstSkipped(), from, to, start);
            }
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + targets + ": " + e.getMessage(), e);
        } finally {
            // deletes the files not committed
            open.forEach(OpenReport::close);
        }
    }

    private static ExportFormat format(Path target) {
        return ExportFormat.ofFile(target.getFileName().toString())
                .orElseThrow(() -> new IllegalArgumentException("no report format ends " + target.getFileName()));
    }

    private static void log(Report report, String firstSkipped, Instant from, Instant to, long start) {
        if (report.skipped() > 0) {
            LOG.log(
                    Level.WARNING,
                    "Report {0}: skipped {1} stored polls that cannot be decoded, the first: {2}",
                    report.path(),
                    report.skipped(),
                    firstSkipped);
        }
        if (report.rows() == 0) {
            LOG.log(
                    Level.INFO,
                    "Report {0}: no polls between {1} and {2}, wrote {3}",
                    report.path(),
                    from,
                    to,
                    report.bytes() == 0 ? "an empty file" : "the header only");
        } else {
            LOG.log(
                    Level.INFO,
                    "Report {0}: {1} rows, {2} columns, {3} bytes in {4} ms",
                    report.path(),
                    report.rows(),
                    report.columns(),
                    report.bytes(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
