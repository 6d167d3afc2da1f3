package luxlogger.readings.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The series streams served at once. Each holds one of the readers' database connections for as long as its
 * client takes to read, which can be minutes. Turns keep the readers' pool (server.xml: two connections more than
 * turns) from running dry, so that the newest poll and the reports are still served; a stream beyond the limit waits
 * for a turn in arrival order, and is refused with a 503 after a while, rather than waiting on the pool (whose
 * time-out Liberty reports as an error, with an incident file).
 */
@ApplicationScoped
public class ReadingStreams {

    /** Streams at once; server.xml gives the readers' pool two connections more. */
    public static final int MAX = 4;
    /** How long a stream waits for a turn before it is refused. */
    public static final Duration WAIT = Duration.ofSeconds(10);
    /** Why a stream was refused, for its 503 answer. */
    public static final String BUSY =
            "the server already streams " + MAX + " series, the most it serves at once: try again later";

    private final Semaphore turns;
    private final Duration wait;

    public ReadingStreams() {
        this(MAX, WAIT);
    }

    ReadingStreams(int max, Duration wait) {
        this.turns = new Semaphore(max, true);
        this.wait = wait;
    }

    /**
     * Runs the stream in a turn of its own, waiting up to {@link #WAIT} for one (in arrival order).
     *
     * @return false when no turn came in time, or the wait was interrupted (the thread keeps its interrupt): the
     *     stream did not run
     */
    public <E extends Exception> boolean run(Stream<E> stream) throws E {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            stream.run();
            return true;
        } finally {
            turns.release();
        }
    }

    /** What a stream does in its turn; its failure is the caller's. */
    @FunctionalInterface
    public interface Stream<E extends Exception> {
        void run() throws E;
    }
}
