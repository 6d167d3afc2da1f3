package luxlogger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code java -jar lux-logger-cli.jar}: the controller from the command line, without the server. */
@Command(
        name = "lux-logger",
        mixinStandardHelpOptions = true,
        version = "lux-logger 1.0",
        description =
                "Reads, simulates and records a Luxtronik 2 heat pump controller; imports the earlier logger's database.",
        subcommands = {
            DumpCommand.class,
            SimulateCommand.class,
            CollectCommand.class,
            ImportCommand.class,
            HistoryCommand.class,
            HelpCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:an unexpected failure",
            "2:invalid command line",
            "3:the controller could not be read",
            "4:import: the file is not the earlier logger's database; nothing was imported",
            "5:import: stopped midway; what was imported stays, run it again to import the rest"
        })
public final class Cli implements Runnable {

    /** Exit code when the controller could not be read. */
    static final int UNREACHABLE = 3;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            // the JDK default spends two lines on every event; on a terminal one is enough
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        }
        System.exit(run(args));
    }

    /** Runs one command line; returns its exit code (0 ok, 2 bad usage, 3 controller unreachable, 1 other). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, printing results to {@code out} and errors and usage help to {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Cli())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setDefaultValueProvider(new SettingOptions())
                .setExecutionExceptionHandler(Cli::failed)
                .execute(args);
    }

    /** Without a command there is nothing to do; say so the way picocli reports any other usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /**
     * Input/output failures (a port in use, a file not writable) are the user's to fix: one line is enough.
     * Anything else is a bug, so picocli prints it with its stack trace.
     */
    private static int failed(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (!(e instanceof IOException)) {
            throw e;
        }
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        return command.getCommandSpec().exitCodeOnExecutionException();
    }
}
