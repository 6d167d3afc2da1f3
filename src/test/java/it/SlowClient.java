package it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP client that reads its answer very slowly, as a script on a poor line or one that works through each
 * point as it arrives: a small receive buffer, and half a kilobyte every half second once the answer begins. The
 * server cannot write faster than it reads, so it stays in the middle of its answer, holding whatever it reads
 * from, for as long as the client lingers. An answer other than 200 is read at once.
 */
final class SlowClient implements AutoCloseable {

    private static final int RECEIVE_BUFFER = 1024;
    private static final int CHUNK = 512;
    private static final long PAUSE_MILLIS = 500;

    private final Socket socket;
    private final Thread reader;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private volatile int status;
    private volatile boolean ended;

    private SlowClient(Socket socket) {
        this.socket = socket;
        this.reader = new Thread(this::read, "slow client");
        reader.setDaemon(true);
    }

    /** Sends {@code GET uri} (http, 127.0.0.1) and starts reading the answer slowly. */
    static SlowClient get(URI uri) {
        try {
            var socket = new Socket();
            // before connecting, so that the window the server sees stays small
            socket.setReceiveBufferSize(RECEIVE_BUFFER);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            String request = "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var client = new SlowClient(socket);
            client.reader.start();
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer's status code; 0 while none has arrived. */
    int status() {
        return status;
    }

    /** True once the server has sent the whole answer (or the connection broke). */
    boolean ended() {
        return ended;
    }

    /** The status line, the headers and, for an answer other than 200, the body as it came. */
    synchronized String text() {
        return head.toString(StandardCharsets.UTF_8);
    }

    private void read() {
        try (InputStream in = socket.getInputStream()) {
            byte[] chunk = new byte[CHUNK];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                boolean streaming = keep(chunk, n);
                if (streaming) {
                    Thread.sleep(PAUSE_MILLIS);
                }
            }
        } catch (IOException e) {
            // closed by close(), or by the server: the answer ended either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended = true;
        }
    }

    /** Keeps what belongs to the status line and headers (all of a failed answer); true while a 200 streams. */
    private synchronized boolean keep(byte[] chunk, int n) {
        if (status == 200) {
            return true;
        }
        head.write(chunk, 0, n);
        String text = head.toString(StandardCharsets.US_ASCII);
        int end = text.indexOf("\r\n");
        if (status == 0 && end > 0) {
            status = Integer.parseInt(text.substring(0, end).split(" ")[1]);
        }
        return status == 200;
    }

    @Override
    public void close() {
        try {
            socket.close();
            reader.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
