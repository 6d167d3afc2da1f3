package luxlogger.luxtronik.control;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Reads complete snapshots from one controller: one short connection per snapshot, never two at once
 * in this process, retried with exponential backoff and jitter. It never writes to the controller.
 */
public class Connector {

    private static final Logger LOG = System.getLogger(Connector.class.getName());
    private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final String host;
    private final int port;
    private final Duration timeout;
    private final int retries;
    private final Duration backoff;
    private final ReentrantLock lock;

    /**
     * @param timeout how long one complete snapshot may take once connected
     * @param retries further attempts after the first one fails
     * @param backoff wait before the first retry; doubled for each further one
     */
    public Connector(String host, int port, Duration timeout, int retries, Duration backoff) {
        // a zero timeout would mean "wait forever" to Socket.connect, and negative retries would make no attempt
        if (timeout.isNegative() || timeout.isZero() || retries < 0 || backoff.isNegative()) {
            throw new IllegalArgumentException(
                    "need timeout > 0, retries >= 0, backoff >= 0: " + timeout + ", " + retries + ", " + backoff);
        }
        this.host = host;
        this.port = port;
        this.timeout = timeout;
        this.retries = retries;
        this.backoff = backoff;
        this.lock = LOCKS.computeIfAbsent(host + ":" + port, key -> new ReentrantLock(true));
    }

    public String address() {
        return host + ":" + port;
    }

    /**
     * The longest {@link #read()} may take: every attempt connecting and timing out, with the longest wait
     * between them. A loop that started no read for longer than that is stuck.
     */
    public Duration longestRead() {
        return timeout.plus(CONNECT_TIMEOUT).multipliedBy(retries + 1L).plus(MAX_BACKOFF.multipliedBy(retries));
    }

    /**
     * One complete snapshot, with retries.
     *
     * @throws ControllerException naming the address and the last failure once all attempts failed
     */
    public Snapshot read() throws ControllerException, InterruptedException {
        ControllerException last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) {
                Thread.sleep(delay(attempt, last.busy()).toMillis());
            }
            try {
                return readOnce();
            } catch (ControllerException e) {
                last = e;
                LOG.log(
                        Level.DEBUG,
                        "Attempt {0} of {1} to read {2} failed: {3}",
                        attempt + 1,
                        retries + 1,
                        address(),
                        e.getMessage());
            }
        }
        throw new ControllerException(
                address() + ": no complete answer after " + (retries + 1) + " attempt" + (retries == 0 ? "" : "s")
                        + ", last: " + last.getMessage(),
                last.busy(),
                last.getCause());
    }

    /** One attempt on one connection; the lock keeps every other reader of this controller waiting. */
    public Snapshot readOnce() throws ControllerException, InterruptedException {
        Duration connectTimeout = timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT;
        lock.lockInterruptibly();
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, connectTimeout.toMillis()));
            return new Wire(socket, System.nanoTime() + timeout.toNanos()).snapshot();
        } catch (ControllerException e) {
            throw e;
        } catch (UnknownHostException e) {
            throw new ControllerException("unknown host " + host, false, e);
        } catch (ConnectException e) {
            throw new ControllerException("connection refused or unreachable (" + e.getMessage() + ")", false, e);
        } catch (SocketTimeoutException e) {
            throw new ControllerException(
                    e.getMessage() == null || e.getMessage().startsWith("Connect")
                            ? "no connection within " + connectTimeout.toMillis() + " ms"
                            : e.getMessage() + " (timeout " + timeout.toMillis() + " ms)",
                    false,
                    e);
        } catch (IOException e) {
            throw new ControllerException(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), false, e);
        } finally {
            lock.unlock();
        }
    }

    /** Exponential with ±25 % jitter, so that several loggers restarted together do not knock in step. */
    private Duration delay(int attempt, boolean busy) {
        long base = Math.min(MAX_BACKOFF.toMillis(), backoff.toMillis() << Math.min(20, attempt - 1));
        if (busy) {
            // a busy controller is changing its parameters; it needs a few seconds whatever the backoff says
            base = Math.max(base, Math.min(5_000, backoff.toMillis() * 5));
        }
        double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
        return Duration.ofMillis((long) (base * jitter));
    }
}
