package luxlogger.simulator.control;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A TCP server on 127.0.0.1 that runs every accepted connection on a thread of its own, up to a limit, and on
 * close ends them all and frees the port within a second or two.
 */
final class LoopbackServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Simulator.class.getName());
    /** The real controller serves one client at a time; a few more cover tests that leave sockets hanging. */
    private static final int MAX_CONNECTIONS = 32;

    private final ServerSocket server;
    private final ThreadPoolExecutor workers;
    private final Thread acceptor;
    private final Function<Socket, Runnable> sessions;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    /**
     * Binds the port (0 for an ephemeral one) and starts accepting.
     *
     * @param sessions the conversation of each accepted socket; it closes the socket when it ends
     */
    LoopbackServer(int port, Function<Socket, Runnable> sessions) throws IOException {
        this.sessions = sessions;
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        workers = new ThreadPoolExecutor(
                0,
                MAX_CONNECTIONS,
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                daemon("luxtronik-simulator-" + port() + "-connection"));
        acceptor = daemon("luxtronik-simulator-" + port() + "-accept").newThread(this::accept);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Stops accepting, closes every open connection and the port. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Simulator port {0,number,#}: closing failed: {1}", port(), e.toString());
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        workers.shutdownNow();
        try {
            acceptor.join(2000);
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() {
        while (!closing) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closing) {
                    LOG.log(Level.WARNING, "Simulator port {0,number,#}: accept failed: {1}", port(), e.toString());
                }
                continue;
            }
            Runnable session = sessions.apply(socket);
            open.add(socket);
            try {
                workers.execute(() -> {
                    try {
                        session.run();
                    } finally {
                        open.remove(socket);
                    }
                });
            } catch (RejectedExecutionException e) {
                if (!closing) {
                    LOG.log(
                            Level.WARNING,
                            "Simulator connection from {0} dropped: {1,number,#} connections already " + "open",
                            socket.getRemoteSocketAddress(),
                            MAX_CONNECTIONS);
                }
                open.remove(socket);
                closeQuietly(socket);
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway; nothing left to do with this socket
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicLong count = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
