package luxlogger.simulator.control;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import luxlogger.luxtronik.entity.Group;
import luxlogger.simulator.entity.SimulatorFault;

/**
 * One accepted connection of the {@link Simulator}: request/response pairs until the client closes, each answer
 * passed through the connection's {@link FaultInjection}.
 */
final class SimulatorSession implements Runnable {

    private static final System.Logger LOG = System.getLogger(Simulator.class.getName());
    private static final int WRITE = 3002;
    /** A connection nobody talks to for this long is closed, so forgotten clients do not hold threads. */
    private static final int IDLE_MILLIS = (int) Duration.ofMinutes(10).toMillis();

    private final Simulator simulator;
    private final Traffic traffic;
    private final Socket socket;
    private final long id;
    private final SimulatorFault fault;
    /** Between the first request of a snapshot and its complete answer, or the end of the connection. */
    private boolean talking;
    /** Groups answered correctly since the last complete set, one bit per group. */
    private int answered;

    SimulatorSession(Simulator simulator, Socket socket, long id, SimulatorFault fault) {
        this.simulator = simulator;
        this.traffic = simulator.traffic();
        this.socket = socket;
        this.id = id;
        this.fault = fault;
    }

    @Override
    public void run() {
        try (socket) {
            try {
                serve();
            } finally {
                // before the close, so a client that sees the close and reconnects never finds itself counted twice
                stopTalking();
            }
        } catch (EOFException e) {
            LOG.log(Level.DEBUG, "Simulator connection {0,number,#}: client closed in the middle of a request", id);
        } catch (SocketTimeoutException e) {
            LOG.log(Level.INFO, "Simulator connection {0,number,#}: idle for {1,number,#} ms, closed", id, IDLE_MILLIS);
        } catch (IOException e) {
            if (!simulator.closing()) {
                LOG.log(Level.DEBUG, "Simulator connection {0,number,#} ended: {1}", id, e.toString());
            }
        }
    }

    private void serve() throws IOException {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(IDLE_MILLIS);
        if (fault == SimulatorFault.REFUSE) {
            return;
        }
        PushbackInputStream pushback = new PushbackInputStream(socket.getInputStream());
        FaultInjection faulty = new FaultInjection(socket, pushback, fault, id, IDLE_MILLIS);
        DataInputStream in = new DataInputStream(pushback);
        OutputStream out = socket.getOutputStream();
        while (true) {
            int first = in.read();
            if (first < 0) {
                return;
            }
            startTalking();
            int command = first << 24 | in.readUnsignedByte() << 16 | in.readUnsignedShort();
            int argument = in.readInt();
            if (command == WRITE) {
                int value = in.readInt();
                traffic.writeAttempt();
                LOG.log(
                        Level.WARNING,
                        "Simulator connection {0,number,#}: refused write of parameter {1,number,#} = "
                                + "{2,number,#}; nothing changed, connection closed",
                        id,
                        argument,
                        value);
                return;
            }
            Group group = Arrays.stream(Group.values())
                    .filter(g -> g.command() == command)
                    .findFirst()
                    .orElse(null);
            if (group == null) {
                LOG.log(
                        Level.WARNING,
                        "Simulator connection {0,number,#}: unknown command {1,number,#}, closing",
                        id,
                        command);
                return;
            }
            if (!faulty.awaitAnswer(
                    simulator.options().responseDelay(), simulator.options().slowDelay())) {
                return;
            }
            if (!answer(out, faulty, SimulatorAnswer.of(group, simulator.snapshot()))) {
                return;
            }
        }
    }

    /** Sends one answer through the fault and counts complete sets; false when the connection must close. */
    private boolean answer(OutputStream out, FaultInjection faulty, SimulatorAnswer answer) throws IOException {
        int all = (1 << Group.values().length) - 1;
        int now = answered | 1 << answer.group().ordinal();
        boolean completes = fault.dataIntact() && now == all;
        // Counted before the last bytes go out, so a client that has read them always finds the set counted;
        // a failed write takes it back.
        if (completes) {
            traffic.completeRead(1);
            stopTalking();
        }
        try {
            if (!faulty.send(out, answer)) {
                return false;
            }
        } catch (IOException e) {
            if (completes) {
                traffic.completeRead(-1);
            }
            throw e;
        }
        answered = completes || !fault.dataIntact() ? 0 : now;
        return true;
    }

    private void startTalking() {
        if (!talking) {
            talking = true;
            traffic.startedTalking();
        }
    }

    private void stopTalking() {
        if (talking) {
            talking = false;
            traffic.stoppedTalking();
        }
    }
}
