package luxlogger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.SimulatedHeatPumps;
import luxlogger.simulator.control.SimulatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code simulate --heat-pump NAME=PROFILE[:FAULT]}: several simulated heat pumps from one command. */
class SimulateHeatPumpsTest {

    private static final Pattern LISTENING =
            Pattern.compile("Simulator ([a-z0-9-]+) listening on 127\\.0\\.0\\.1:(\\d+) with profile (\\S+) ");

    private static Snapshot read(int port, Duration timeout) throws Exception {
        return new Connector("127.0.0.1", port, timeout, 0, Duration.ZERO).read();
    }

    @Test
    void playsEachHeatPumpOnItsOwnPortWithItsProfileAndFault() throws Exception {
        StringWriter out = new StringWriter();
        Thread command = new Thread(() -> Cli.run(
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                "simulate",
                "--port=0",
                "--heat-pump=cellar=bouni_v3.78",
                "--heat-pump=annex=coolchip_v1.80:hang",
                "--heat-pump=attic=current"));
        command.start();
        try {
            Map<String, Integer> ports = listening(out, 3);
            assertThat(ports).containsOnlyKeys("cellar", "annex", "attic");
            assertThat(out.toString())
                    .contains("with profile coolchip_v1.80 (speed 1.0, seed " + SimulatedHeatPumps.seed("annex")
                            + ", faults always(HANG))")
                    .contains("3 simulated heat pumps; Ctrl-C stops them.");

            Snapshot cellar = read(ports.get("cellar"), Duration.ofSeconds(5));
            Throwable annex = catchThrowable(() -> read(ports.get("annex"), Duration.ofMillis(500)));
            Snapshot attic = read(ports.get("attic"), Duration.ofSeconds(5));

            assertThat(Decoder.firmware(cellar)).isEqualTo("V3.78");
            assertThat(cellar.length(Group.CALCULATIONS)).isEqualTo(232);
            assertThat(annex).isInstanceOf(ControllerException.class).hasMessageContaining("timeout 500 ms");
            assertThat(Decoder.firmware(attic)).isEqualTo("V3.92.1");
            assertThat(attic.length(Group.CALCULATIONS)).isEqualTo(269);

            command.interrupt();
            command.join(5000);
            assertThat(command.isAlive()).as("stopped").isFalse();
            for (int port : ports.values()) {
                assertThat(catchThrowableOfType(ConnectException.class, () -> new Socket("127.0.0.1", port).close()))
                        .as("port %d released", port)
                        .isNotNull();
            }
        } finally {
            command.interrupt();
            command.join(5000);
        }
    }

    @Test
    void aPortInUseStopsTheHeatPumpsAlreadyStarted() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int first = taken.getLocalPort() - 1;
            new ServerSocket(first, 1, InetAddress.getLoopbackAddress()).close();
            StringWriter err = new StringWriter();

            int exitCode = Cli.run(
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(err, true),
                    "simulate",
                    "--port=" + first,
                    "--heat-pump=cellar=current",
                    "--heat-pump=annex=current");

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString().lines())
                    .singleElement()
                    .asString()
                    .startsWith("lux-logger simulate: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
            assertThat(catchThrowableOfType(ConnectException.class, () -> new Socket("127.0.0.1", first).close()))
                    .as("the first heat pump's port released")
                    .isNotNull();
        }
    }

    @Test
    void numbersThePortsFromPortAndSeedsEachHeatPumpByItsName() {
        Map<String, SimulatorOptions> simulators =
                plan("--port", "9000", "--heat-pump", "cellar=bouni_v3.78", "--heat-pump", "annex=current:split");

        assertThat(simulators).containsOnlyKeys("cellar", "annex");
        assertThat(simulators.get("cellar").port()).isEqualTo(9000);
        assertThat(simulators.get("annex").port()).isEqualTo(9001);
        assertThat(simulators.get("cellar").seed()).isEqualTo(SimulatedHeatPumps.seed("cellar"));
        assertThat(simulators.get("annex").faults()).hasToString("always(SPLIT)");
        assertThat(simulators.get("cellar").faults()).hasToString("always(NONE)");
    }

    @Test
    void commonOptionsApplyToEveryHeatPumpAndFaultsToThoseWithoutTheirOwn() {
        Map<String, SimulatorOptions> simulators = plan(
                "--port=0",
                "--speed=60",
                "--seed=5",
                "--frozen",
                "--fault=slow",
                "--heat-pump=cellar=current",
                "--heat-pump=annex=current:drop");

        assertThat(simulators.values()).allSatisfy(options -> {
            assertThat(options.port()).isZero();
            assertThat(options.speed()).isEqualTo(60.0);
            assertThat(options.frozen()).isTrue();
        });
        assertThat(simulators.get("cellar").seed())
                .isNotEqualTo(simulators.get("annex").seed());
        assertThat(simulators.get("cellar").seed()).isNotEqualTo(SimulatedHeatPumps.seed("cellar"));
        assertThat(simulators.get("cellar").faults()).hasToString("always(SLOW)");
        assertThat(simulators.get("annex").faults()).hasToString("always(DROP)");
    }

    @Test
    void withoutHeatPumpsItIsOneSimulatorAsBefore() {
        Map<String, SimulatorOptions> simulators = plan("--port=0", "--profile=coolchip_v1.80");

        assertThat(simulators).containsOnlyKeys("");
        assertThat(simulators.get("").profile().key()).isEqualTo("coolchip_v1.80");
        assertThat(simulators.get("").seed()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--heat-pump=cellar                              | Invalid value for option '--heat-pump'"
                        + " | 'cellar' is not NAME=PROFILE[:FAULT]",
                "--heat-pump=Cellar=current                      | Invalid value for option '--heat-pump'"
                        + " | 'Cellar' in 'Cellar=current' is no controller name",
                "--heat-pump=cellar=v9                           | Invalid value for option '--heat-pump'"
                        + " | unknown profile 'v9', known: [current, bouni_v3.78, coolchip_v1.80] in 'cellar=v9'",
                "--heat-pump=cellar=current:flaky                | Invalid value for option '--heat-pump'"
                        + " | unknown fault 'flaky', known: [none, slow, drop",
                "--heat-pump=a=current --heat-pump=a=current     | Invalid value for option '--heat-pump'"
                        + " | 'a' is given more than once",
                "--profile=current --heat-pump=a=current         | --profile and --heat-pump exclude each other"
                        + " | give each heat pump its profile",
                "--port=65535 --heat-pump=a=current --heat-pump=b=current | Invalid value for option '--port'"
                        + " | 2 heat pumps from 65535 go beyond 65535",
            })
    void aBadHeatPumpIsAUsageError(String options, String start, String detail) {
        StringWriter err = new StringWriter();
        String[] args = ("simulate " + (options.startsWith("--port") ? "" : "--port=0 ") + options).split(" ");

        int exitCode = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).startsWith(start).contains(detail).contains("Usage: lux-logger simulate");
    }

    @Test
    void helpDescribesHeatPumps() {
        StringWriter out = new StringWriter();

        Cli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()), "simulate", "--help");

        assertThat(out.toString()).contains("--heat-pump=NAME=PROFILE[:FAULT]", "annex=current:hang");
    }

    private static Map<String, SimulatorOptions> plan(String... args) {
        SimulateCommand simulate = new SimulateCommand();
        new CommandLine(simulate).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return simulate.simulators();
    }

    /** The port of each heat pump, once the command printed all of them. */
    private static Map<String, Integer> listening(StringWriter out, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            Matcher matcher = LISTENING.matcher(out.toString());
            while (matcher.find()) {
                ports.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
            }
            if (ports.size() == count) {
                return ports;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("simulate printed no " + count + " ports: " + out);
    }
}
