package luxlogger.readings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * One poll: read the controller, check the answer, hand it to the writer; and the figures about polling.
 * A failed read is logged once per streak of failures, not once per poll or retry.
 */
@ApplicationScoped
public class Recorder {

    private static final Logger LOG = System.getLogger(Recorder.class.getName());
    /** Fewer values than this is no real answer: current firmware sends about 1,800. */
    public static final int MIN_VALUES = 100;

    @Inject
    Connector connector;

    @Inject
    PollWriter writer;

    @Inject
    MetricRegistry metrics;

    private Counter ok;
    private Counter failed;
    private Counter rejected;
    private Counter skipped;
    private Timer duration;
    private volatile Instant lastSuccess;
    private volatile String lastProblem;
    private long streak;

    /** Prepares polling: the figures and the writer (which opens the database on its own thread). */
    public synchronized void open(ReadingsSettings settings) {
        if (ok == null) {
            ok = metrics.counter("luxlogger.polls", new Tag("outcome", "ok"));
            failed = metrics.counter("luxlogger.polls", new Tag("outcome", "failed"));
            rejected = metrics.counter("luxlogger.polls", new Tag("outcome", "rejected"));
            skipped = metrics.counter("luxlogger.polls", new Tag("outcome", "skipped"));
            duration = metrics.timer("luxlogger.poll.duration");
            metrics.gauge(
                    "luxlogger.last.success.seconds",
                    this,
                    r -> r.lastSuccess == null ? 0 : r.lastSuccess.getEpochSecond());
        }
        writer.open(settings);
    }

    /** Reads the controller once and records the answer. */
    public void poll() throws InterruptedException {
        long start = System.nanoTime();
        Snapshot snapshot;
        try {
            snapshot = connector.read();
        } catch (ControllerException e) {
            failed.inc();
            lastProblem = e.getMessage();
            if (streak++ == 0) {
                LOG.log(Level.WARNING, "Cannot read the controller: {0}", e.getMessage());
            }
            writer.retry();
            return;
        }
        if (snapshot.size() < MIN_VALUES) {
            rejected.inc();
            lastProblem = "an answer of only " + snapshot.size() + " values was rejected";
            LOG.log(
                    Level.WARNING,
                    "Rejected an answer of {0} with only {1} values (at least {2} expected)",
                    connector.address(),
                    snapshot.size(),
                    MIN_VALUES);
            writer.retry();
            return;
        }
        if (streak > 0) {
            LOG.log(Level.INFO, "The controller answers again after {0} failed polls", streak);
            streak = 0;
        }
        lastSuccess = snapshot.time();
        ok.inc();
        duration.update(Duration.ofNanos(System.nanoTime() - start));
        writer.accept(snapshot);
    }

    /** Counts grid ticks that passed while a poll was still running. */
    public void skipped(long ticks) {
        skipped.inc(ticks);
    }

    /** Stores what the writer still holds; at shutdown. */
    public void close() {
        writer.close();
    }

    public Status status() {
        return new Status(
                count(ok),
                count(failed),
                count(rejected),
                count(skipped),
                lastSuccess,
                lastProblem,
                writer.buffered(),
                writer.failingSince(),
                writer.dropped());
    }

    private static long count(Counter counter) {
        return counter == null ? 0 : counter.getCount();
    }

    /** The figures readiness and the API show. */
    public record Status(
            long ok,
            long failed,
            long rejected,
            long skipped,
            Instant lastSuccess,
            String lastProblem,
            long buffered,
            Instant databaseFailingSince,
            long dropped) {}
}
