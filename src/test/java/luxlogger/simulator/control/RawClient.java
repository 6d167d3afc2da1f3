package luxlogger.simulator.control;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.time.Duration;
import luxlogger.luxtronik.entity.Group;

/** A bare socket client for tests: sends words, reads exactly, sees what a logger would see. */
final class RawClient implements AutoCloseable {

    final Socket socket;
    final DataInputStream in;
    private final DataOutputStream out;

    RawClient(int port) throws IOException {
        this(port, Duration.ofSeconds(5));
    }

    RawClient(int port, Duration timeout) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        socket.setSoTimeout((int) timeout.toMillis());
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
    }

    void send(int... words) throws IOException {
        for (int word : words) {
            out.writeInt(word);
        }
        out.flush();
    }

    /** Sends the read request of a group and returns its complete raw answer, header included. */
    byte[] answer(Group group) throws IOException {
        send(group.command(), 0);
        int header = group == Group.CALCULATIONS ? 12 : 8;
        byte[] head = in.readNBytes(header);
        if (head.length < header) {
            throw new EOFException("answer header cut after " + head.length + " bytes");
        }
        int count = ByteBuffer.wrap(head).getInt(header - 4);
        byte[] body = in.readNBytes(group == Group.VISIBILITIES ? count : 4 * count);
        return ByteBuffer.allocate(header + body.length).put(head).put(body).array();
    }

    /** The values of a 3003 or 3004 answer. */
    int[] ints(Group group) throws IOException {
        ByteBuffer answer = ByteBuffer.wrap(answer(group));
        answer.position(group == Group.CALCULATIONS ? 12 : 8);
        int[] values = new int[answer.remaining() / 4];
        answer.asIntBuffer().get(values);
        return values;
    }

    /** True when the peer closed the connection (end of stream) before any further byte arrived. */
    boolean closedByPeer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketException e) {
            return true; // reset: closed with unread data on its side
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
