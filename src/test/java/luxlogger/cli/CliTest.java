package luxlogger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
import luxlogger.simulator.control.SimulatorOptions;
import luxlogger.simulator.entity.SimulatorFault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line as a user runs it, against a simulator in this JVM. */
class CliTest {

    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    private static Simulator simulator;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = new Simulator(SimulatorOptions.of(Profile.CURRENT).withFrozen(true));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    private static String port() {
        return String.valueOf(simulator.port());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void dumpPrintsConnectionFirmwareCountsAndEveryField() {
        Result result = run("dump", "--host", "127.0.0.1", "--port", port());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .containsPattern("controller +127\\.0\\.0\\.1:" + port() + " \\(read in \\d+ ms at ")
                .containsPattern("firmware +V3\\.92\\.1\\R")
                .containsPattern("values +1160 parameters, 269 calculations, 380 visibilities")
                .containsPattern("calculations\\.ID_WEB_Temperatur_TA +-4\\.0 °C\\R");
        int fields =
                new Decoder(Catalog.standard()).decode(simulator.snapshot()).size();
        assertThat(result.out().lines()).hasSize(4 + fields);
    }

    @Test
    void dumpJsonIsValidJsonWithFirmwareCountsAndFields() {
        Result result = run("dump", "--host", "127.0.0.1", "--port", port(), "--json");

        assertThat(result.exitCode()).isZero();
        JsonObject dump =
                jakarta.json.Json.createReader(new StringReader(result.out())).readObject();
        assertThat(dump.getString("controller")).isEqualTo("127.0.0.1:" + port());
        assertThat(dump.getString("firmware")).isEqualTo("V3.92.1");
        JsonObject counts = dump.getJsonObject("counts");
        assertThat(counts.getInt("parameters")).isEqualTo(1160);
        assertThat(counts.getInt("calculations")).isEqualTo(269);
        assertThat(counts.getInt("visibilities")).isEqualTo(380);
        JsonArray fields = dump.getJsonArray("fields");
        assertThat(fields)
                .hasSize(new Decoder(Catalog.standard())
                        .decode(simulator.snapshot())
                        .size());
        JsonObject outdoor = fields.getValuesAs(JsonObject.class).stream()
                .filter(field -> field.getString("name").equals("calculations.ID_WEB_Temperatur_TA"))
                .findFirst()
                .orElseThrow();
        assertThat(outdoor.getInt("raw")).isEqualTo(-40);
        assertThat(outdoor.getJsonNumber("value").doubleValue()).isEqualTo(-4.0);
        assertThat(outdoor.getString("unit")).isEqualTo("°C");
        assertThat(fields.getValuesAs(JsonObject.class))
                .allSatisfy(field ->
                        assertThat(field.keySet()).containsExactly("name", "label", "index", "raw", "value", "unit"));
        assertThat(fields.getValuesAs(JsonObject.class))
                .anySatisfy(field -> assertThat(field.get("value")).isEqualTo(JsonValue.NULL));
    }

    @Test
    void unreachableControllerExitsWithThreeAndOneLineOnStderr() throws Exception {
        int port = closedPort();

        Result result =
                run("dump", "--host", "127.0.0.1", "--port", String.valueOf(port), "--retries", "0", "--timeout", "1");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("lux-logger dump: cannot read 127.0.0.1:" + port + ": ")
                .contains("connection refused")
                .doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--port    | 0     | a TCP port from 1 to 65535",
                "--port    | 65536 | a TCP port from 1 to 65535",
                "--port    | -1    | a TCP port from 1 to 65535",
                "--port    | http  | a TCP port from 1 to 65535",
                "--timeout | 0     | a whole number of seconds from 1 to 3600",
                "--timeout | 3601  | a whole number of seconds from 1 to 3600",
                "--retries | -1    | a whole number from 0 to 20",
                "--retries | 21    | a whole number from 0 to 20",
                "--host    | http://heatpump | a host name or IP address only",
            })
    void outOfRangeControllerOptionIsAUsageErrorWithTheServersMessage(String option, String value, String expected) {
        Result result = option.equals("--host")
                ? run("dump", "--host", value)
                : run("dump", "--host", "127.0.0.1", option, value);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .startsWith(option + "='" + value + "' is invalid: expected " + expected)
                .contains("Usage: lux-logger dump");
    }

    @Test
    void everyBadControllerOptionIsNamedAtOnce() {
        Result result = run("dump", "--host", "127.0.0.1", "--port", "0", "--retries", "x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines())
                .startsWith(
                        "--port='0' is invalid: expected a TCP port from 1 to 65535",
                        "--retries='x' is invalid: expected a whole number from 0 to 20");
    }

    @Test
    void controllerOptionsDefaultToTheServersDefaults() {
        var dump = new DumpCommand();
        new CommandLine(dump).setDefaultValueProvider(new SettingOptions()).parseArgs("--host", "192.0.2.10");
        var settings = dump.controller.settings();
        var server =
                luxlogger.luxtronik.entity.ControllerSettings.from(new luxlogger.configuration.control.GivenSettings()
                        .set("host", "192.0.2.10")
                        .reader());

        assertThat(settings).isEqualTo(server);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retries()).isEqualTo(3);
        assertThat(settings.backoff()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void hostSimulatorIsAUsageErrorPointingToTheSimulateCommand() {
        Result result = run("dump", "--host", "simulator");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("--host='simulator' is invalid: expected a controller's address")
                .contains("lux-logger simulate");
    }

    @Test
    void missingHostIsAUsageError() {
        Result result = run("dump");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required option: '--host=<host>'");
    }

    @Test
    void noCommandIsAUsageError() {
        Result result = run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Missing required subcommand").contains("Usage: lux-logger");
    }

    @Test
    void simulateServesUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread command = new Thread(() -> exitCode.set(Cli.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "simulate",
                "--port",
                "0",
                "--profile",
                "bouni_v3.78",
                "--frozen")));
        command.start();
        try {
            int port = listeningPort(out);
            assertThat(out.toString()).contains("with profile bouni_v3.78 (frozen, faults always(NONE))");

            Snapshot snapshot = new Connector("127.0.0.1", port, Duration.ofSeconds(2), 0, Duration.ZERO).read();

            Snapshot expected = Profile.BOUNI_V3_78.snapshot();
            assertThat(snapshot.parameters()).hasSize(1075).isEqualTo(expected.parameters());
            assertThat(snapshot.calculations()).hasSize(232).isEqualTo(expected.calculations());
            assertThat(snapshot.visibilities()).hasSize(327).isEqualTo(expected.visibilities());

            command.interrupt();
            command.join(5000);
            assertThat(command.isAlive()).as("stopped").isFalse();
            assertThat(exitCode.get()).isZero();
            assertThat(err.toString()).isEmpty();
            assertThat(catchThrowableOfType(ConnectException.class, () -> new Socket("127.0.0.1", port).close()))
                    .as("port released")
                    .isNotNull();
        } finally {
            command.interrupt();
        }
    }

    @Test
    void simulateGivesEveryConnectionTheChosenFault() throws Exception {
        StringWriter out = new StringWriter();
        Thread command = new Thread(() -> Cli.run(
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter()),
                "simulate",
                "--port",
                "0",
                "--fault",
                "wrong_echo"));
        command.start();
        try {
            int port = listeningPort(out);

            ControllerException e = catchThrowableOfType(
                    ControllerException.class,
                    () -> new Connector("127.0.0.1", port, Duration.ofSeconds(2), 1, Duration.ZERO).read());

            assertThat(e).hasMessageContaining("wrong echo");
        } finally {
            command.interrupt();
            command.join(5000);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                              | none",
                "--fault hang                    | always(HANG)",
                "--fault hang --fault-rate 0.3   | random(0.3, [HANG])",
                "--fault-rate 0.3                | random(0.3, [SLOW, DROP, SPLIT, WRONG_ECHO, BUSY, ABSURD_LENGTH, "
                        + "REFUSE, HANG])",
            })
    void faultOptionsChooseThePolicy(String options, String policy) {
        SimulateCommand simulate = new SimulateCommand();
        String[] args = ("--port 0 " + options).strip().split(" +");
        new CommandLine(simulate).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);

        assertThat(simulate.options().faults()).hasToString(policy.equals("none") ? "always(NONE)" : policy);
    }

    @Test
    void simulateOnAPortInUseFailsWithOneLine() {
        Result result = run("simulate", "--port", port());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("lux-logger simulate: cannot listen on 127.0.0.1:" + port() + ": ")
                .doesNotContain("Exception");
    }

    @Test
    void unknownProfileIsAUsageErrorListingTheKnownOnes() {
        Result result = run("simulate", "--port", "0", "--profile", "v9");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("Invalid value for option '--profile'")
                .contains("unknown profile 'v9'")
                .contains(Arrays.stream(Profile.values()).map(Profile::key).toList());
    }

    @Test
    void unknownFaultIsAUsageErrorListingTheKnownOnes() {
        Result result = run("simulate", "--port", "0", "--fault", "flaky");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("Invalid value for option '--fault'")
                .contains("flaky")
                .contains(Arrays.stream(SimulatorFault.values()).map(Enum::name).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"--port=-1", "--port=65536", "--speed=0", "--speed=-2", "--fault-rate=1.5", "--fault-rate=-0.1"})
    void outOfRangeSimulatorOptionIsAUsageError(String option) {
        String[] args = option.startsWith("--port")
                ? new String[] {"simulate", option}
                : new String[] {"simulate", "--port=0", option};

        Result result = run(args);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("Invalid value for option '" + option.split("=")[0] + "'")
                .contains("Usage: lux-logger simulate");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Result result = run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains(
                        "Usage: lux-logger",
                        "dump",
                        "simulate",
                        "help",
                        "Exit codes:",
                        "3   the controller could not be read");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void dumpHelpDescribesTheControllerOptions() {
        Result result = run("dump", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains(
                        "Usage: lux-logger dump",
                        "--host",
                        "--port=PORT",
                        "--timeout=SECONDS",
                        "--retries=N",
                        "--json",
                        "1-65535");
    }

    @Test
    void simulateHelpNamesTheProfilesAndFaults() {
        Result result = run("help", "simulate");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains(
                        "Usage: lux-logger simulate",
                        "--port=PORT",
                        "--profile=NAME",
                        "--speed=X",
                        "--fault=MODE",
                        "--fault-rate=R",
                        "--seed=N",
                        "--frozen",
                        "bouni_v3.78",
                        "WRONG_ECHO");
        assertThat(run("simulate", "--help").out()).isEqualTo(result.out());
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version").out()).startsWith("lux-logger 1.0");
    }

    /** The port the simulate command printed, once it has. */
    private static int listeningPort(StringWriter out) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = LISTENING.matcher(out.toString());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(10);
        }
        throw new AssertionError("simulate printed no port: " + out);
    }

    @Test
    void collectPollsThenWritesDailyWeeklyAndDictionaryWithTheServersWriter(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Result result = run(
                "collect",
                "--host",
                "127.0.0.1",
                "--port",
                port(),
                "--duration",
                "3",
                "--interval",
                "1",
                "--output",
                dir.toString(),
                "--tz",
                "UTC",
                "--fields",
                "ID_WEB_Temperatur_T*");
        assertThat(result.exitCode()).as(result.err()).isZero();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        for (String kind : new String[] {"daily", "weekly"}) {
            var lines = java.nio.file.Files.readAllLines(dir.resolve(today + "_" + kind + ".csv"));
            assertThat(lines.get(0)).startsWith("timestamp,unix_time,").contains("calculations.ID_WEB_Temperatur_TVL");
            assertThat(lines.size() - 1).isBetween(2, 4);
            assertThat(lines.get(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00,\\d+,.*");
        }
        assertThat(dir.resolve("fields.csv")).isRegularFile();
        assertThat(result.out()).contains("collected", "wrote");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".polls"));
        }
    }

    @Test
    void collectKeepsThePollsWhenItsReportCannotBeWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // a folder where the daily report should go: the report cannot be renamed into place
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        java.nio.file.Files.createDirectories(dir.resolve(today + "_daily.csv/in-the-way"));

        Result result = run(
                "collect",
                "--host",
                "127.0.0.1",
                "--port",
                port(),
                "--duration",
                "2",
                "--interval",
                "1",
                "--output",
                dir.toString(),
                "--tz",
                "UTC");

        assertThat(result.exitCode()).isEqualTo(1);
        java.nio.file.Path polls;
        try (var files = java.nio.file.Files.list(dir)) {
            polls = files.filter(f -> f.getFileName().toString().endsWith(".polls"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the collected polls were deleted: " + result.err()));
        }
        assertThat(polls).isNotEmptyFile();
        assertThat(result.err()).contains("the collected polls are kept in " + polls);
    }

    @Test
    void collectFromAnUnreachableControllerWritesNothingAndSaysSo(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Result result = run(
                "collect",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(closed),
                "--retries",
                "0",
                "--duration",
                "1",
                "--interval",
                "1",
                "--output",
                dir.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("no poll succeeded");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void collectRejectsABadDurationOrField() {
        assertThat(run("collect", "--host", "127.0.0.1", "--duration", "0", "--output", "x")
                        .exitCode())
                .isEqualTo(2);
        Result result = run("collect", "--host", "127.0.0.1", "--duration", "5", "--output", "x", "--fields", "Nope*");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Nope*");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--interval | 0            | a whole number of seconds from 1 to 86400",
                "--interval | 86401        | a whole number of seconds from 1 to 86400",
                "--tz       | Mars/Olympus | a time zone such as Europe/Berlin or UTC",
                "--dialect  | excel        | one of standard, excel-de",
            })
    void collectChecksItsSettingsLikeTheServer(String option, String value, String expected) {
        Result result = run("collect", "--host", "127.0.0.1", "--duration", "5", "--output", "x", option, value);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith(option + "='" + value + "' is invalid: expected " + expected);
    }

    @Test
    void collectHelpShowsTheServersDefaults() {
        Result result = run("collect", "--help");

        assertThat(result.out()).contains("(default: 30)", "(default: standard)");
    }
}
