package luxlogger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.readings.control.SpillFile;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.reports.control.Columns;
import luxlogger.reports.control.Dialect;
import luxlogger.reports.control.OpenReport;
import luxlogger.reports.control.Report;
import luxlogger.reports.control.ReportWriter;
import luxlogger.reports.entity.ReportSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Polls for a while without a server, then writes the daily and weekly reports with the server's writer.
 * The polls are kept in an fsync'd file in the output folder while collecting, so memory stays small.
 */
@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        description = "Polls the controller for a duration, then writes YYYY-MM-DD_daily.csv (last 24 h) and"
                + " YYYY-MM-DD_weekly.csv (last 7 days) and fields.csv into the output folder.")
class CollectCommand implements Callable<Integer> {

    @Mixin
    ControllerOptions controller;

    @Option(names = "--duration", required = true, description = "Seconds to poll.")
    long durationSec;

    @Option(
            names = "--interval",
            paramLabel = "SECONDS",
            description = "Seconds between polls, 1-86400 (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--output", required = true, description = "Folder for the reports.")
    Path output;

    @Option(names = "--tz", description = "Time zone of names and timestamps (default: the system's).")
    String tz;

    @Option(names = "--dialect", description = "standard or excel-de (default: ${DEFAULT-VALUE}).")
    String dialect;

    @Option(names = "--fields", description = "Columns: names or * patterns, comma-separated (default: all).")
    String fields;

    @Option(names = "--readable-headers", description = "Labels instead of raw names as headers.")
    boolean readableHeaders;

    @Spec
    CommandSpec spec;

    /** The longest arrays collected: the report's columns hold every value of every poll. */
    private Shape longest = Shape.NONE;

    /** What the options say, read by the server's own readers. */
    private record Collection(Duration interval, ZoneId zone, Dialect dialect) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        Collection collection = validate();
        ZoneId zone = collection.zone();
        PrintWriter out = spec.commandLine().getOut();
        Connector connector = controller.connector();
        Files.createDirectories(output);
        Path polls = output.resolve(".collect-" + ProcessHandle.current().pid() + ".polls");
        var catalog = Catalog.standard();
        var writer = new ReportWriter(catalog, zone, collection.dialect(), readableHeaders);
        // the file is the only copy of the polls: it goes only once the reports are written, or when it holds none
        boolean done = false;
        try (SpillFile collected = new SpillFile(polls)) {
            int failed = collect(connector, collection.interval(), collected, out);
            out.printf("collected %d polls (%d failed) from %s%n", collected.count(), failed, connector.address());
            if (collected.count() == 0) {
                done = true;
                spec.commandLine().getErr().println("lux-logger collect: no poll succeeded, no report written");
                return Cli.UNREACHABLE;
            }
            Columns columns = Columns.forShape(catalog, longest);
            if (fields != null && !fields.isBlank()) {
                columns = columns.only(catalog, fields);
            }
            Instant end = Instant.now();
            LocalDate day = end.atZone(zone).toLocalDate();
            for (var kind : new String[] {"daily", "weekly"}) {
                Instant from = end.minus(Duration.ofDays(kind.equals("daily") ? 1 : 7));
                Report report;
                try (OpenReport open = writer.open(output.resolve(day + "_" + kind + ".csv"), columns)) {
                    collected.forEach(poll -> {
                        if (!poll.snapshot().time().isBefore(from)) {
                            open.add(poll.snapshot());
                        }
                    });
                    report = open.commit();
                }
                out.printf(
                        "wrote %s: %d rows, %d columns, %d bytes%n",
                        report.path(), report.rows(), report.columns(), report.bytes());
            }
            writer.writeDictionary(output, columns);
            done = true;
        } finally {
            if (done) {
                Files.deleteIfExists(polls);
            } else if (Files.exists(polls)) {
                spec.commandLine()
                        .getErr()
                        .println("lux-logger collect: the reports are not complete; the collected polls are kept in "
                                + polls);
            }
        }
        out.flush();
        return 0;
    }

    /** Interval, zone and dialect with the bounds and messages of INTERVAL_SEC, TZ and CSV_DIALECT. */
    private Collection validate() {
        if (durationSec < 1 || durationSec > 366L * 86_400) {
            throw new ParameterException(
                    spec.commandLine(), "--duration must be 1 to 31622400 seconds, not " + durationSec);
        }
        Map<String, String> values = new HashMap<>();
        values.put("interval.sec", interval);
        values.put("tz", tz);
        values.put("csv.dialect", dialect);
        Collection collection = SettingOptions.read(
                spec,
                values,
                reader -> reader.valid(new Collection(
                        ReadingsSettings.interval(reader),
                        reader.zone("tz"),
                        Dialect.of(ReportSettings.dialect(reader)))));
        try {
            if (fields != null && !fields.isBlank()) {
                Catalog.standard().select(fields);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return collection;
    }

    /** Polls on a fixed grid until the duration is over; returns the number of failed polls. */
    private int collect(Connector connector, Duration every, SpillFile collected, PrintWriter out)
            throws InterruptedException {
        long end = System.currentTimeMillis() + durationSec * 1000;
        long interval = every.toMillis();
        int failed = 0;
        for (long next = System.currentTimeMillis(); next < end; next += interval) {
            Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
            try {
                var snapshot = connector.read();
                collected.append(new ControllerPoll(NamedController.DEFAULT_NAME, snapshot));
                longest = longest.max(snapshot.shape());
            } catch (ControllerException e) {
                failed++;
                out.println("poll failed: " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the polls in " + output, e);
            }
            while (next + interval < System.currentTimeMillis()) {
                next += interval;
            }
        }
        return failed;
    }
}
