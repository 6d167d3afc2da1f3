package luxlogger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import luxlogger.simulator.control.FaultPolicy;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Scenario;
import luxlogger.simulator.control.Simulator;
import luxlogger.simulator.control.SimulatorOptions;
import luxlogger.simulator.entity.SimulatorFault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A simulated controller on this machine, for trying the logger without a heat pump. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Runs a simulated Luxtronik 2 controller, or several, on 127.0.0.1 until Ctrl-C or SIGTERM.")
class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            required = true,
            paramLabel = "PORT",
            description = "Port to listen on, 0-65535; 0 picks a free one (the controller's own is 8889).")
    int port;

    @Option(
            names = "--profile",
            defaultValue = "current",
            paramLabel = "NAME",
            converter = ProfileName.class,
            completionCandidates = ProfileName.Known.class,
            description = "Controller to imitate (default: ${DEFAULT-VALUE}; not with --heat-pump):%n"
                    + "${COMPLETION-CANDIDATES}.")
    Profile profile;

    @Option(
            names = "--scenario",
            defaultValue = "normal",
            paramLabel = "NAME",
            converter = ScenarioName.class,
            completionCandidates = ScenarioName.Known.class,
            description = "What the simulated installation is like, for the health report (default: "
                    + "${DEFAULT-VALUE}; not with --frozen): ${COMPLETION-CANDIDATES}; see the README.")
    Scenario scenario;

    @Option(
            names = "--speed",
            defaultValue = "1",
            paramLabel = "X",
            description = "Model seconds per wall-clock second, > 0 (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(
            names = "--fault",
            paramLabel = "MODE",
            description = "Give every connection this fault: ${COMPLETION-CANDIDATES}. "
                    + "With --fault-rate only that share of connections.")
    SimulatorFault fault;

    @Option(
            names = "--fault-rate",
            paramLabel = "R",
            description = "Share of connections that get a fault, 0-1; without --fault the fault is drawn from "
                    + "all kinds.")
    Double faultRate;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "N",
            description = "Seed of the model's noise and of random faults (default: ${DEFAULT-VALUE}); "
                    + "with --heat-pump mixed with each name.")
    long seed;

    @Option(names = "--frozen", description = "Serve the profile's recorded values unchanged instead of the model.")
    boolean frozen;

    @Option(
            names = "--heat-pump",
            paramLabel = "NAME=PROFILE[:FAULT]",
            converter = HeatPumpOption.Parser.class,
            description = "Play several heat pumps at once, one per option (e.g. cellar=bouni_v3.78 "
                    + "annex=current:hang), on --port, --port+1, ... (all on free ports with --port 0). "
                    + "--speed, --seed and --frozen apply to each; --fault and --fault-rate to those that "
                    + "name no FAULT.")
    List<HeatPumpOption> heatPumps = List.of();

    @Override
    public Integer call() throws IOException {
        Map<String, SimulatorOptions> planned = simulators();
        Map<String, Simulator> running = new LinkedHashMap<>();
        // Ctrl-C and SIGTERM end the JVM; the hook lets open connections see a clean close.
        Thread hook = new Thread(() -> running.values().forEach(Simulator::close), "lux-logger-simulate-stop");
        try {
            for (var entry : planned.entrySet()) {
                running.put(entry.getKey(), listen(entry.getValue()));
            }
            Runtime.getRuntime().addShutdownHook(hook);
            PrintWriter out = spec.commandLine().getOut();
            running.forEach((name, simulator) -> out.printf(
                    "Simulator%s listening on 127.0.0.1:%d with profile %s (%s, faults %s)%s%n",
                    name.isEmpty() ? "" : " " + name,
                    simulator.port(),
                    simulator.options().profile().key(),
                    frozen
                            ? "frozen"
                            : "speed " + speed + ", seed " + simulator.options().seed()
                                    + (scenario == Scenario.NORMAL ? "" : ", scenario " + scenario.key()),
                    simulator.options().faults(),
                    heatPumps.isEmpty() ? "; Ctrl-C stops it." : ""));
            if (!heatPumps.isEmpty()) {
                out.printf("%d simulated heat pumps; Ctrl-C stops them.%n", running.size());
            }
            out.flush();
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            // stopped from within the process, as tests and embedding tools do
            Runtime.getRuntime().removeShutdownHook(hook);
        } finally {
            running.values().forEach(Simulator::close);
        }
        return 0;
    }

    private static Simulator listen(SimulatorOptions options) throws IOException {
        try {
            return new Simulator(options);
        } catch (IOException e) {
            throw new IOException("cannot listen on 127.0.0.1:" + options.port() + ": " + e.getMessage(), e);
        }
    }

    /** What to start, by name: the one simulator of --profile (named ""), or those of --heat-pump in order. */
    Map<String, SimulatorOptions> simulators() {
        SimulatorOptions common = options();
        Map<String, SimulatorOptions> simulators = new LinkedHashMap<>();
        if (heatPumps.isEmpty()) {
            simulators.put("", common);
            return simulators;
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--profile")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--profile and --heat-pump exclude each other: give each heat pump its profile");
        }
        if (port > 0 && port + heatPumps.size() - 1 > 65535) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '--port': " + heatPumps.size() + " heat pumps from " + port
                            + " go beyond 65535");
        }
        for (HeatPumpOption pump : heatPumps) {
            var options = pump.options(common, port == 0 ? 0 : port + simulators.size(), seed, faults());
            if (simulators.put(pump.name(), options) != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "Invalid value for option '--heat-pump': '" + pump.name() + "' is given more than once");
            }
        }
        return simulators;
    }

    SimulatorOptions options() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(
                    spec.commandLine(), "Invalid value for option '--port': " + port + " is not within 0..65535");
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new ParameterException(
                    spec.commandLine(), "Invalid value for option '--speed': " + speed + " is not a positive number");
        }
        if (frozen && scenario != Scenario.NORMAL) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--frozen and --scenario exclude each other: a frozen simulator serves the recorded values");
        }
        if (faultRate != null && !(faultRate >= 0 && faultRate <= 1)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '--fault-rate': " + faultRate + " is not within 0..1");
        }
        return SimulatorOptions.of(profile)
                .withPort(port)
                .withSpeed(speed)
                .withSeed(seed)
                .withFrozen(frozen)
                .withScenario(scenario)
                .withFaults(faults());
    }

    private FaultPolicy faults() {
        if (faultRate == null) {
            return fault == null ? FaultPolicy.none() : FaultPolicy.always(fault);
        }
        return fault == null ? FaultPolicy.random(faultRate, seed) : FaultPolicy.random(faultRate, seed, fault);
    }
}
