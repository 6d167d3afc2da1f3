package luxlogger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import luxlogger.energy.control.DaySummaries;
import luxlogger.imports.control.CacheFile;
import luxlogger.imports.control.CacheFileException;
import luxlogger.imports.control.ImportRun;
import luxlogger.imports.control.ImportStopped;
import luxlogger.imports.entity.ImportResult;
import luxlogger.journal.control.JournalStore;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.readings.control.FileStore;
import luxlogger.readings.control.Transactions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Imports the earlier Python logger's database into lux-logger's SQLite file, through the same store as the server's
 * {@code POST /api/import}: the same codec, and polls already stored kept, so that a stopped import can be run again.
 * The day summaries and the journal of the imported days are computed again when the server next runs on the file.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports the earlier Python logger's database (cache.db) into lux-logger's SQLite database,"
                + " then prints what it did: rows read, polls imported, already present, rejected, and the values"
                + " that could not be turned back exactly.")
class ImportCommand implements Callable<Integer> {

    /** Exit code when the file is none of the earlier logger's; nothing was stored. */
    static final int BAD_FILE = 4;
    /** Exit code when the import stopped midway; what was stored stays, and a second run completes it. */
    static final int STOPPED = 5;

    /** Held, so that the levels set stay: the libraries' start-up lines would bury the result. */
    private static final Logger[] QUIET = {
        Logger.getLogger("org.hibernate"), Logger.getLogger("org.flywaydb"), Logger.getLogger("luxlogger")
    };
    /** Hibernate's notes on settings persistence.xml keeps on purpose (the server's bytecode enhancement off). */
    private static final Logger DEPRECATIONS = Logger.getLogger("org.hibernate.orm.deprecation");

    @Option(names = "--from", required = true, paramLabel = "CACHE_DB", description = "The earlier logger's database.")
    Path from;

    @Option(
            names = "--to",
            paramLabel = "DATABASE",
            description = "lux-logger's SQLite database, created if need be (default: CACHE_PATH, else luxlogger.db"
                    + " in the current folder).")
    Path to;

    @Option(
            names = "--zone",
            description = "The zone the earlier logger ran in, e.g. Europe/Berlin (default: TZ, the system's).")
    String zone;

    @Option(
            names = "--controller",
            description = "The controller the polls are of (default: ${DEFAULT-VALUE}).",
            defaultValue = NamedController.DEFAULT_NAME)
    String controller;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ZoneId zoneId = zone();
        Path database = to != null ? to : database(System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
        DEPRECATIONS.setLevel(Level.OFF);
        try {
            // a file that is none to import leaves the database as it was, not even created
            CacheFile.open(from).close();
        } catch (CacheFileException e) {
            return refused(err, e);
        }
        FileStore store;
        try {
            store = new FileStore(database, controller);
        } catch (RuntimeException e) {
            err.println("import: cannot open " + database + ": " + Transactions.rootMessage(e));
            return 1;
        }
        try (store) {
            ImportResult result = new ImportRun(store.store()).run(from, controller, zoneId);
            forgetDerived(store, controller, result.first(), result.last());
            ImportOutput.print(out, from, database, result);
            return 0;
        } catch (CacheFileException e) {
            return refused(err, e);
        } catch (ImportStopped e) {
            forgetDerived(store, controller, e.stored().first(), e.stored().last());
            err.println("import: stopped after " + e.stored().imported() + " polls, which are stored in " + database
                    + " (run it again to import the rest): " + e.getMessage());
            return STOPPED;
        }
    }

    private static int refused(PrintWriter err, CacheFileException e) {
        err.println("import: " + e.getMessage() + "; nothing was imported");
        return BAD_FILE;
    }

    /** {@code CACHE_PATH} as the server has it, or a file in the current folder. */
    static Path database(Map<String, String> environment) {
        String path = environment.get("CACHE_PATH");
        return Path.of(path == null || path.isBlank() ? "luxlogger.db" : path);
    }

    private ZoneId zone() {
        if (zone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--zone='" + zone + "' is invalid: expected a time zone such as Europe/Berlin or UTC");
        }
    }

    /**
     * Forgets the day summaries of the imported days and moves the journal's progress back to the first imported
     * poll (or the first simulated one, {@link HistoryCommand}): the server computes both again when it next runs on
     * the file, as it does after late polls.
     */
    static void forgetDerived(FileStore store, String controller, Instant first, Instant last) {
        if (first == null) {
            return;
        }
        // the server's days are of its zone: a day more on either side holds the span in any zone
        LocalDate from = first.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        LocalDate until = last.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        new DaySummaries(store.entityManager(), store.transaction(), store.reader()).forget(controller, from, until);
        store.reader()
                .number(controller)
                .ifPresent(
                        number -> new JournalStore(store.entityManager(), store.transaction()).rewind(number, first));
    }
}
