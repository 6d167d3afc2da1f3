package luxlogger.simulator.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import luxlogger.luxtronik.entity.Group;
import luxlogger.simulator.entity.SimulatorFault;

/**
 * What the fault of one connection does to its answers and their timing: cut, split, wrongly echoed, busy or
 * absurdly counted answers, delays, or silence. A healthy connection passes through unchanged.
 */
final class FaultInjection {

    private static final int BUSY_STATUS = 1;
    private static final long SPLIT_GAP_NANOS = 100_000;

    private final Socket socket;
    private final PushbackInputStream in;
    private final SimulatorFault fault;
    private final int idleMillis;
    private final SplittableRandom pieces;

    /**
     * @param in the socket's input, which delays watch for a close of the client
     * @param idleMillis the socket timeout to restore after a delay
     */
    FaultInjection(Socket socket, PushbackInputStream in, SimulatorFault fault, long id, int idleMillis) {
        this.socket = socket;
        this.in = in;
        this.fault = fault;
        this.idleMillis = idleMillis;
        this.pieces = new SplittableRandom(id);
    }

    /** Sends one answer as the fault dictates; false when the connection must close. */
    boolean send(OutputStream out, SimulatorAnswer answer) throws IOException {
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
            case ABSURD_LENGTH ->
                out.write(answer.withCount(answer.group() == Group.CALCULATIONS ? -1 : 1 << 30)
                        .bytes());
            default -> out.write(bytes);
        }
        out.flush();
        return true;
    }

    /** Waits as the options and the fault say before an answer; false when the connection must end instead. */
    boolean awaitAnswer(Duration responseDelay, Duration slowDelay) throws IOException {
        if (fault == SimulatorFault.HANG) {
            hang();
            return false;
        }
        return pause(responseDelay) && (fault != SimulatorFault.SLOW || pause(slowDelay));
    }

    /** Reads whatever comes and answers nothing, until the client or the simulator closes. */
    private void hang() throws IOException {
        socket.setSoTimeout(0);
        while (in.read() >= 0) {
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
                    int next = in.read();
                    if (next < 0) {
                        return false;
                    }
                    // The client sent ahead (no real client does): keep its byte and just wait out the delay.
                    in.unread(next);
                    Thread.sleep(Math.max(
                            1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
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
                socket.setSoTimeout(idleMillis);
            }
        }
    }
}
