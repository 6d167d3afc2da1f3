package luxlogger.simulator.control;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.entity.SimulatorFault;

/**
 * A simulated Luxtronik 2 controller: a TCP server on 127.0.0.1 speaking the config-interface protocol
 * (3003, 3004, 3005; PROTOCOL.md §2), serving a {@link Profile} either frozen (the profile's values byte for
 * byte) or alive through a {@link HeatPumpModel} whose clock runs {@code speed} times faster than the wall.
 * Write requests (3002) never change anything: they are counted, logged and the connection is closed. Tests change
 * a live simulator through its incidents: {@link #error}, {@link #switchOff}, {@link #parameter}, {@link #defrost},
 * {@link #restart}, {@link #firmware}.
 */
public final class Simulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Simulator.class.getName());

    private final SimulatorOptions options;
    private final Supplier<Snapshot> values;
    /** Null when frozen. */
    private final HeatPumpModel model;

    private final Instant modelStart;
    private final long wallStart = System.nanoTime();
    private final Traffic traffic = new Traffic();
    private final LoopbackServer server;
    private volatile FaultPolicy faults;
    private volatile boolean closing;
    /** {@link System#nanoTime()} until which a restart keeps the controller off the network. */
    private volatile long offlineUntil = wallStart;

    /** Binds 127.0.0.1 at the options' port and starts accepting. */
    public Simulator(SimulatorOptions options) throws IOException {
        this.options = options;
        this.faults = options.faults();
        modelStart = options.start() != null ? options.start() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (options.frozen()) {
            model = null;
            values = options.profile()::snapshot;
        } else {
            model = new HeatPumpModel(options.profile(), options.seed(), modelStart, options.scenario());
            values = () -> model.snapshotAt(modelTime());
        }
        server = new LoopbackServer(options.port(), this::session);
        // DEBUG: whoever starts a simulator says so once at INFO, naming the controller it stands for
        LOG.log(
                Level.DEBUG,
                "Simulator serving profile {0} on 127.0.0.1:{1,number,#} ({2}, faults {3})",
                options.profile().key(),
                port(),
                options.frozen() ? "frozen" : "speed " + options.speed(),
                faults);
    }

    /** The bound port (the chosen one when the options asked for 0). */
    public int port() {
        return server.port();
    }

    public SimulatorOptions options() {
        return options;
    }

    /** The model's clock now: start + wall time elapsed × speed (the start itself when frozen). */
    public Instant modelTime() {
        if (options.frozen()) {
            return modelStart;
        }
        double elapsed = (System.nanoTime() - wallStart) * options.speed();
        return modelStart.plusNanos((long) elapsed);
    }

    /** The raw values a read would return now. */
    public Snapshot snapshot() {
        return values.get();
    }

    /** Replaces the fault policy for connections accepted from now on. */
    public void faults(FaultPolicy policy) {
        this.faults = Objects.requireNonNull(policy, "policy");
    }

    /**
     * An error with this code now (see {@link HeatPumpModel#error}); like every incident below it needs the live
     * model and throws {@link IllegalStateException} on a frozen simulator.
     */
    public void error(int code) {
        model("error " + code).error(modelTime(), code);
    }

    /** A switch-off with this code now (see {@link HeatPumpModel#switchOff}). */
    public void switchOff(int code) {
        model("switch-off " + code).switchOff(modelTime(), code);
    }

    /** Sets parameter {@code index} to {@code raw} for good (see {@link HeatPumpModel#parameter}). */
    public void parameter(int index, int raw) {
        model("parameter " + index + " = " + raw).parameter(index, raw);
    }

    /** A defrost from the model's next step (see {@link HeatPumpModel#defrost}). */
    public void defrost() {
        model("defrost").defrost(modelTime());
    }

    /**
     * A power cut of the controller: every connection accepted during {@code offline} (wall-clock time) is closed
     * at once, as {@link luxlogger.simulator.entity.SimulatorFault#REFUSE} does; then it answers as a controller
     * just booted (see {@link HeatPumpModel#restart}).
     */
    public void restart(Duration offline) {
        if (offline.isNegative()) {
            throw new IllegalArgumentException("offline for a negative time: " + offline);
        }
        HeatPumpModel restarting = model("restart, offline for " + offline);
        Instant now = modelTime();
        offlineUntil = System.nanoTime() + offline.toNanos();
        restarting.restart(now, now.plusNanos((long) (offline.toNanos() * options.speed())));
    }

    /** Reports this firmware version from now on (see {@link HeatPumpModel#firmware}). */
    public void firmware(String version) {
        model("firmware " + version).firmware(version);
    }

    /** The live model, after logging the incident a test makes happen to it. */
    private HeatPumpModel model(String incident) {
        if (model == null) {
            throw new IllegalStateException("a frozen simulator serves its profile unchanged: no " + incident);
        }
        LOG.log(Level.INFO, "Simulator on port {0,number,#}: {1} at model time {2}", port(), incident, modelTime());
        return model;
    }

    /** Connections accepted so far (including refused and faulty ones). */
    public long connections() {
        return traffic.connections();
    }

    /** Write requests (3002) received; none of them changed anything. */
    public long writeAttempts() {
        return traffic.writeAttempts();
    }

    /** Complete, correct sets of 3003 + 3004 + 3005 answers sent, counted per connection. */
    public long completeReads() {
        return traffic.completeReads();
    }

    /**
     * The most connections that were in the middle of a snapshot at the same time, each counted from its first
     * request until the last of a complete set of answers (3003, 3004, 3005) starts to go out, or until it ends.
     * The real controller is a single-client device (PROTOCOL.md §5). Like {@link #completeReads()} the count
     * drops before the last bytes are sent, so a client that reads its snapshot, closes and at once reconnects
     * never overlaps with itself, however late this side notices the close.
     */
    public int maxConcurrentConnections() {
        return traffic.maxConcurrentConnections();
    }

    /** Connections that were given this fault. */
    public long connections(SimulatorFault fault) {
        return traffic.connections(fault);
    }

    /** Stops accepting, closes every open connection and the port; returns within a second or two. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        server.close();
        LOG.log(
                Level.INFO,
                "Simulator on port {0,number,#} stopped after {1,number,#} connections, "
                        + "{2,number,#} complete reads, {3,number,#} write attempts",
                port(),
                connections(),
                completeReads(),
                writeAttempts());
    }

    boolean closing() {
        return closing;
    }

    Traffic traffic() {
        return traffic;
    }

    private Runnable session(Socket socket) {
        SimulatorFault fault = System.nanoTime() - offlineUntil < 0 ? SimulatorFault.REFUSE : faults.pick();
        long id = traffic.accepted(fault);
        LOG.log(
                Level.DEBUG,
                "Simulator connection {0,number,#} from {1}, fault {2}",
                id,
                socket.getRemoteSocketAddress(),
                fault);
        return new SimulatorSession(this, socket, id, fault);
    }
}
