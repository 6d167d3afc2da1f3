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
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import luxlogger.luxtronik.entity.Group;
import luxlogger.simulator.entity.SimulatorFault;

/** One accepted connection of the {@link Simulator}: request/response pairs until the client closes. */
final class SimulatorSession implements Runnable {

    private static final System.Logger LOG = System.getLogger(Simulator.class.getName());
    private static final int WRITE = 3002;
    /** A connection nobody talks to for this long is closed, so forgotten clients do not hold threads. */
    private static final int IDLE_MILLIS = (int) Duration.ofMinutes(10).toMillis();
    private static final int BUSY_STATUS = 1;
    private static final long SPLIT_GAP_NANOS = 100_000;

    private final Simulator simulator;
    private final Socket socket;
    private final long id;
    private final SimulatorFault fault;
    private final SplittableRandom pieces;
    private PushbackInputStream pushback;
    /** Between the first request of a snapshot and its complete answer, or the end of the connection. */
    private boolean talking;
    /** Groups answered correctly since the last complete set, one bit per group. */
    private int answered;

    SimulatorSession(Simulator simulator, Socket socket, long id, SimulatorFault fault) {
        this.simulator = simulator;
        this.socket = socket;
        this.id = id;
        this.fault = fault;
        this.pieces = new SplittableRandom(id);
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
        } finally {
            simulator.ended(socket);
        }
    }

    private void serve() throws IOException {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(IDLE_MILLIS);
        if (fault == SimulatorFault.REFUSE) {
            return;
        }
        pushback = new PushbackInputStream(socket.getInputStream());
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
                simulator.writeAttempt(id, argument, in.readInt());
                return;
            }
            Group group = Arrays.stream(Group.values()).filter(g -> g.command() == command).findFirst().orElse(null);
            if (group == null) {
                LOG.log(Level.WARNING, "Simulator connection {0,number,#}: unknown command {1,number,#}, closing", id,
                        command);
                return;
            }
            if (fault == SimulatorFault.HANG) {
                hang();
                return;
            }
            if (!pause(simulator.options().responseDelay())
                    || fault == SimulatorFault.SLOW && !pause(simulator.options().slowDelay())) {
                return;
            }
            if (!answer(out, SimulatorAnswer.of(group, simulator.snapshot()))) {
                return;
            }
        }
    }

    /** Sends one answer as the fault dictates; false when the connection must close. */
    private boolean answer(OutputStream out, SimulatorAnswer answer) throws IOException {
        int all = (1 << Group.values().length) - 1;
        int now = answered | 1 << answer.group().ordinal();
        boolean completes = fault.dataIntact() && now == all;
        // Counted before the last bytes go out, so a client that has read them always finds the set counted;
        // a failed write takes it back.
        if (completes) {
            simulator.completeRead(1);
            stopTalking();
        }
        try {
            if (!send(out, answer)) {
                return false;
            }
        } catch (IOException e) {
            if (completes) {
                simulator.completeRead(-1);
            }
            throw e;
        }
        answered = completes || !fault.dataIntact() ? 0 : now;
        return true;
    }

    private boolean send(OutputStream out, SimulatorAnswer answer) throws IOException {
        byte[] bytes = answer.bytes();
        switch (fault) {
            case DROP -> {
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                return false;
            }
            case SPLIT -> {
                for (int offset = 0; offset < bytes.length; ) {
                    int length = Math.min(1 + pieces.nextInt(3), bytes.length - offset);
                    out.write(bytes, offset, length);
                    out.flush();
                    offset += length;
                    // Without a gap, loopback would coalesce the pieces again before the client reads them.
                    LockSupport.parkNanos(SPLIT_GAP_NANOS);
                }
            }
            case WRONG_ECHO -> {
                Group next = Group.values()[(answer.group().ordinal() + 1) % Group.values().length];
                out.write(answer.withEcho(next.command()).bytes());
            }
            case BUSY -> out.write(answer.withStatus(BUSY_STATUS).bytes());
            case ABSURD_LENGTH -> out.write(answer.withCount(answer.group() == Group.CALCULATIONS ? -1 : 1 << 30)
                    .bytes());
            default -> out.write(bytes);
        }
        out.flush();
        return true;
    }

    private void startTalking() {
        if (!talking) {
            talking = true;
            simulator.startedTalking();
        }
    }

    private void stopTalking() {
        if (talking) {
            talking = false;
            simulator.stoppedTalking();
        }
    }

    /** Reads whatever comes and answers nothing, until the client or the simulator closes. */
    private void hang() throws IOException {
        socket.setSoTimeout(0);
        while (pushback.read() >= 0) {
            // discarded: a hung controller takes requests and never responds
        }
    }

    /**
     * Waits before an answer, watching the socket so a client that gives up is noticed at once;
     * false when the client closed meanwhile.
     */
    private boolean pause(Duration delay) throws IOException {
        if (delay.isZero() || delay.isNegative()) {
            return true;
        }
        long deadline = System.nanoTime() + delay.toNanos();
        try {
            for (long left = delay.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
                try {
                    int next = pushback.read();
                    if (next < 0) {
                        return false;
                    }
                    // The client sent ahead (no real client does): keep its byte and just wait out the delay.
                    pushback.unread(next);
                    Thread.sleep(Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
                    return true;
                } catch (SocketTimeoutException e) {
                    // the delay runs on
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(IDLE_MILLIS);
            }
        }
    }
}
