package luxlogger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import luxlogger.simulator.control.FaultPolicy;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
import luxlogger.simulator.control.SimulatorOptions;
import luxlogger.simulator.entity.SimulatorFault;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** A simulated controller on this machine, for trying the logger without a heat pump. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Runs a simulated Luxtronik 2 controller on 127.0.0.1 until Ctrl-C or SIGTERM.")
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
            completionCandidates = ProfileNames.class,
            description = "Controller to imitate (default: ${DEFAULT-VALUE}):%n${COMPLETION-CANDIDATES}.")
    Profile profile;

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
            description = "Seed of the model's noise and of random faults (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--frozen", description = "Serve the profile's recorded values unchanged instead of the model.")
    boolean frozen;

    @Override
    public Integer call() throws IOException {
        SimulatorOptions options = options();
        Simulator simulator;
        try {
            simulator = new Simulator(options);
        } catch (IOException e) {
            throw new IOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        // Ctrl-C and SIGTERM end the JVM; the hook lets open connections see a clean close.
        Thread hook = new Thread(simulator::close, "lux-logger-simulate-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (simulator) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "Simulator listening on 127.0.0.1:%d with profile %s (%s, faults %s); Ctrl-C stops it.%n",
                    simulator.port(),
                    profile.key(),
                    frozen ? "frozen" : "speed " + speed + ", seed " + seed,
                    options.faults());
            out.flush();
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            // stopped from within the process, as tests and embedding tools do
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        return 0;
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
                .withFaults(faults());
    }

    private FaultPolicy faults() {
        if (faultRate == null) {
            return fault == null ? FaultPolicy.none() : FaultPolicy.always(fault);
        }
        return fault == null ? FaultPolicy.random(faultRate, seed) : FaultPolicy.random(faultRate, seed, fault);
    }

    /** Profile names as the simulator knows them, with the known ones in the message when a name is not. */
    static final class ProfileName implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            try {
                return Profile.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ProfileNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Profile.values()).map(Profile::key).iterator();
        }
    }
}
