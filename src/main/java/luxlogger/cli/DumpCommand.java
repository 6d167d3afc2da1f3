package luxlogger.cli;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.control.ReadingsJson;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** One snapshot, every field decoded: the troubleshooting tool. */
@Command(
        name = "dump",
        mixinStandardHelpOptions = true,
        description = "Reads the controller once and prints the connection, firmware, counts and every field decoded.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the controller was read",
            "1:an unexpected failure",
            "2:invalid command line",
            "3:the controller could not be read (unreachable, timed out, busy or garbled)"
        })
class DumpCommand implements Callable<Integer> {

    @Mixin
    ControllerOptions controller;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Connector connector = controller.connector();
        long start = System.nanoTime();
        Snapshot snapshot;
        try {
            snapshot = connector.read();
        } catch (ControllerException e) {
            spec.commandLine().getErr().println("lux-logger dump: cannot read " + e.getMessage());
            return Cli.UNREACHABLE;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<Reading> readings = new Decoder(Catalog.standard()).decode(snapshot);
        String firmware = Decoder.firmware(snapshot);
        if (json) {
            printJson(out, connector, snapshot, firmware, took, readings);
        } else {
            printTable(out, connector, snapshot, firmware, took, readings);
        }
        out.flush();
        return 0;
    }

    private static void printTable(
            PrintWriter out,
            Connector connector,
            Snapshot snapshot,
            String firmware,
            Duration took,
            List<Reading> readings) {
        out.printf("controller  %s (read in %d ms at %s)%n", connector.address(), took.toMillis(), snapshot.time());
        out.printf("firmware    %s%n", firmware.isEmpty() ? "(none reported)" : firmware);
        out.printf(
                "values      %d parameters, %d calculations, %d visibilities%n",
                snapshot.parameters().length, snapshot.calculations().length, snapshot.visibilities().length);
        out.println();
        for (Reading reading : readings) {
            out.printf("%-58s %s%n", reading.field().column(), reading.display());
        }
    }

    private static void printJson(
            PrintWriter out,
            Connector connector,
            Snapshot snapshot,
            String firmware,
            Duration took,
            List<Reading> readings) {
        // not closed: closing the generator would close the command line's output
        JsonGenerator json = Json.createGenerator(out);
        json.writeStartObject()
                .write("controller", connector.address())
                .write("time", snapshot.time().toString())
                .write("readMillis", took.toMillis())
                .write("firmware", firmware)
                .writeStartObject("counts")
                .write("parameters", snapshot.parameters().length)
                .write("calculations", snapshot.calculations().length)
                .write("visibilities", snapshot.visibilities().length)
                .writeEnd()
                .writeStartArray("fields");
        ReadingsJson.write(json, readings, false);
        json.writeEnd().writeEnd().flush();
        out.println();
    }
}
