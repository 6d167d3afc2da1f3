package luxlogger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.FileStore;
import luxlogger.readings.control.ImportedPolls;
import luxlogger.readings.control.StoreException;
import luxlogger.readings.control.Transactions;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Stores a week of a simulated heat pump in lux-logger's SQLite file, at its simulated times and through the
 * server's own store, so that the summaries, the journal and the weekly health report can be tried on a week at
 * once (a server polling the simulator would take the week). Polls already stored are kept, as by the import.
 */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Stores an ISO week of a simulated heat pump (a poll every --interval seconds, at the simulated"
                + " times) in lux-logger's SQLite database, to try the summaries, the journal and the health report"
                + " without waiting a week.")
class HistoryCommand implements Callable<Integer> {

    private static final int BATCH = 500;
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    @Option(
            names = "--week",
            required = true,
            paramLabel = "YYYY-Www",
            description = "The ISO week, e.g. 2026-W03 (a winter week shows heating), in the zone of TZ.")
    String week;

    @Option(
            names = "--to",
            paramLabel = "DATABASE",
            description = "lux-logger's SQLite database, created if need be (default: CACHE_PATH, else luxlogger.db"
                    + " in the current folder).")
    Path to;

    @Option(
            names = "--controller",
            description = "The controller the polls are of (default: ${DEFAULT-VALUE}).",
            defaultValue = NamedController.DEFAULT_NAME)
    String controller;

    @Option(
            names = "--profile",
            defaultValue = "current",
            paramLabel = "NAME",
            converter = ProfileName.class,
            completionCandidates = ProfileName.Known.class,
            description = "Controller to imitate (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}.")
    Profile profile;

    @Option(
            names = "--scenario",
            defaultValue = "normal",
            paramLabel = "NAME",
            converter = ScenarioName.class,
            completionCandidates = ScenarioName.Known.class,
            description = "What the simulated installation is like (default: ${DEFAULT-VALUE}):"
                    + " ${COMPLETION-CANDIDATES}; see the README.")
    Scenario scenario;

    @Option(names = "--seed", defaultValue = "1", description = "The model's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--interval",
            defaultValue = "30",
            description = "Seconds between polls, 1 to 3600 (default: ${DEFAULT-VALUE}).")
    int interval;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (interval < 1 || interval > 3600) {
            throw new ParameterException(
                    spec.commandLine(), "--interval='" + interval + "' is invalid: expected 1 to 3600 seconds");
        }
        ZoneId zone = ZoneId.systemDefault();
        Instant from = monday().atStartOfDay(zone).toInstant();
        Instant until = monday().plusWeeks(1).atStartOfDay(zone).toInstant();
        Path database = to != null ? to : ImportCommand.database(System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("luxlogger").setLevel(Level.WARNING);
        Logger.getLogger("org.hibernate.orm.deprecation").setLevel(Level.OFF);
        FileStore store;
        try {
            store = new FileStore(database, controller);
        } catch (RuntimeException e) {
            spec.commandLine()
                    .getErr()
                    .println("history: cannot open " + database + ": " + Transactions.rootMessage(e));
            return 1;
        }
        try (store) {
            // an hour before the week, so that its first poll finds the installation running, and its last hour whole
            Instant start = from.minus(Duration.ofHours(1));
            Instant end = until.plus(Duration.ofMinutes(5));
            var model = new HeatPumpModel(profile, seed, start, scenario);
            ImportedPolls polls = store.store().imported(controller);
            int stored = 0;
            int present = 0;
            List<Snapshot> batch = new ArrayList<>(BATCH);
            for (Instant time = start; time.isBefore(end); time = time.plusSeconds(interval)) {
                batch.add(model.snapshotAt(time));
                if (batch.size() == BATCH || !time.plusSeconds(interval).isBefore(end)) {
                    ImportedPolls.Stored done = polls.store(batch);
                    stored += done.stored();
                    present += done.present();
                    batch = new ArrayList<>(BATCH);
                }
            }
            ImportCommand.forgetDerived(store, controller, start, end);
            out.printf(
                    "history: %d polls of %s (%s, scenario %s) from %s to %s stored in %s%s%n",
                    stored,
                    controller,
                    profile.key(),
                    scenario.key(),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start.atZone(zone)),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(end.atZone(zone)),
                    database,
                    present == 0 ? "" : "; " + present + " were stored before and kept");
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("history: " + database + " refused the polls: " + e.getMessage());
            return 1;
        }
    }

    /** The week's Monday; the message names the option as the server names a bad variable. */
    private LocalDate monday() {
        var matcher = WEEK.matcher(week.strip());
        try {
            if (matcher.matches()) {
                int year = Integer.parseInt(matcher.group(1));
                int number = Integer.parseInt(matcher.group(2));
                LocalDate some = LocalDate.of(year, 6, 1);
                if (number >= 1
                        && number
                                <= some.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return some.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
                }
            }
        } catch (DateTimeException e) {
            // named below
        }
        throw new ParameterException(
                spec.commandLine(), "--week='" + week + "' is invalid: expected an ISO week such as 2026-W03");
    }
}
