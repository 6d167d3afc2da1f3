package luxlogger.luxtronik.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Instant;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * One snapshot over an open socket: 3003, 3004, 3005 in turn, each answer read exactly and checked.
 * Only the three read commands exist here, so nothing in the product can send a write (3002).
 */
final class Wire {

    /** openHAB caps at 2000, BenPru at 10000; current firmware sends under 1200 of any group. */
    static final int MAX_LENGTH = 10_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final long deadlineNanos;

    Wire(Socket socket, long deadlineNanos) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.deadlineNanos = deadlineNanos;
    }

    Snapshot snapshot() throws IOException, ControllerException {
        int[] parameters = ints(Group.PARAMETERS);
        int[] calculations = ints(Group.CALCULATIONS);
        byte[] visibilities = bytes();
        return new Snapshot(Instant.now(), parameters, calculations, visibilities);
    }

    private int[] ints(Group group) throws IOException, ControllerException {
        request(group);
        if (group == Group.CALCULATIONS) {
            int status = readInt(group);
            if (status != 0) {
                // The controller's parameters are changing (e.g. at its own panel); FHEM and the npm client
                // drop the connection and ask again a few seconds later, which is safe whether or not data follows.
                throw new ControllerException("controller busy (3004 status " + status + ")", true, null);
            }
        }
        int length = length(group);
        byte[] data = readFully(group, 4L * length);
        int[] values = new int[length];
        ByteBuffer.wrap(data).asIntBuffer().get(values);
        return values;
    }

    private byte[] bytes() throws IOException, ControllerException {
        request(Group.VISIBILITIES);
        int length = length(Group.VISIBILITIES);
        return readFully(Group.VISIBILITIES, length);
    }

    private void request(Group group) throws IOException {
        out.write(ByteBuffer.allocate(8).putInt(group.command()).putInt(0).array());
        out.flush();
        // the echo comes first in every answer
        int echo = readInt(group);
        if (echo != group.command()) {
            throw new ProtocolException("wrong echo for " + group.key() + " (" + group.command() + "): got " + echo);
        }
    }

    private int length(Group group) throws IOException {
        int length = readInt(group);
        if (length < 0 || length > MAX_LENGTH) {
            throw new ProtocolException(
                    "absurd length for " + group.key() + ": " + length + " (expected 0 to " + MAX_LENGTH + ")");
        }
        return length;
    }

    private int readInt(Group group) throws IOException {
        return ByteBuffer.wrap(readFully(group, 4)).getInt();
    }

    /** Reads exactly n bytes; TCP may hand them over in pieces of any size. The whole read shares one deadline. */
    private byte[] readFully(Group group, long n) throws IOException {
        byte[] buffer = new byte[(int) n];
        int done = 0;
        while (done < n) {
            long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw new SocketTimeoutException(
                        "read timed out in " + group.key() + " after " + done + " of " + n + " bytes");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
            int count;
            try {
                count = in.read(buffer, done, (int) n - done);
            } catch (SocketTimeoutException e) {
                throw new SocketTimeoutException(
                        "read timed out in " + group.key() + " after " + done + " of " + n + " bytes");
            }
            if (count < 0) {
                throw new ProtocolException("connection closed by the controller in " + group.key() + " after " + done
                        + " of " + n + " bytes");
            }
            done += count;
        }
        return buffer;
    }

    /** The answer does not follow the protocol; the stream is no longer aligned, so the connection is dropped. */
    static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
