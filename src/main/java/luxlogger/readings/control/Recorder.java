package luxlogger.readings.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.control.ControllerException;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.readings.entity.PollFailure;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * One poll of one controller: read it, check the answer, hand it to the writer that all controllers share; and
 * the figures about polling it, labelled with its name. A failed read is logged once per streak of failures, not
 * once per poll or retry.
 */
public class Recorder {

    private static final Logger LOG = System.getLogger(Recorder.class.getName());
    /** Fewer values than this is no real answer: current firmware sends about 1,800. */
    public static final int MIN_VALUES = 100;

    private final String controller;
    private final Connector connector;
    private final PollWriter writer;
    private final MetricRegistry metrics;
    private final Runnable release;

    private Counter ok;
    private Counter failed;
    private Counter rejected;
    private Counter skipped;
    private Timer duration;
    private volatile Instant lastSuccess;
    private volatile String lastProblem;
    private long streak;

    /**
     * @param controller the controller's name, which its polls and figures carry
     * @param release told when this recorder is done with the writer; the writer, which all controllers share,
     *     closes once the last one is
     */
    public Recorder(
            String controller, Connector connector, PollWriter writer, MetricRegistry metrics, Runnable release) {
        this.controller = controller;
        this.connector = connector;
        this.writer = writer;
        this.metrics = metrics;
        this.release = release;
    }

    /** Prepares polling: the figures and the writer (which opens the database on its own thread). */
    public synchronized void open(ReadingsSettings settings) {
        if (ok == null) {
            Tag name = new Tag("controller", controller);
            // with descriptions: Prometheus shows them as the HELP lines, and promtool wants them
            Metadata polls = described("luxlogger.polls", "Polls of the controller by outcome");
            ok = metrics.counter(polls, new Tag("outcome", "ok"), name);
            failed = metrics.counter(polls, new Tag("outcome", "failed"), name);
            rejected = metrics.counter(polls, new Tag("outcome", "rejected"), name);
            skipped = metrics.counter(polls, new Tag("outcome", "skipped"), name);
            duration = metrics.timer(described("luxlogger.poll.duration", "Time to read the controller"), name);
            metrics.gauge(
                    described("luxlogger.last.success.seconds", "Time of the last poll the controller answered"),
                    this,
                    r -> r.lastSuccess == null ? 0 : r.lastSuccess.getEpochSecond(),
                    name);
        }
        writer.open(settings);
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
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
                LOG.log(Level.WARNING, "Cannot read the controller {0}: {1}", controller, e.getMessage());
            }
            writer.failed(new PollFailure(controller, Instant.now(), e.getMessage()));
            writer.retry();
            return;
        }
        if (snapshot.size() < MIN_VALUES) {
            rejected.inc();
            lastProblem = "an answer of only " + snapshot.size() + " values was rejected";
            LOG.log(
                    Level.WARNING,
                    "Rejected an answer of {0} ({1}) with only {2} values (at least {3} expected)",
                    controller,
                    connector.address(),
                    snapshot.size(),
                    MIN_VALUES);
            writer.failed(new PollFailure(controller, snapshot.time(), lastProblem));
            writer.retry();
            return;
        }
        if (streak > 0) {
            LOG.log(Level.INFO, "The controller {0} answers again after {1} failed polls", controller, streak);
            streak = 0;
        }
        lastSuccess = snapshot.time();
        ok.inc();
        duration.update(Duration.ofNanos(System.nanoTime() - start));
        writer.accept(new ControllerPoll(controller, snapshot));
    }

    /** Counts grid ticks that passed while a poll was still running. */
    public void skipped(long ticks) {
        skipped.inc(ticks);
    }

    /** At shutdown, after this controller's last poll: its polls are with the writer. */
    public void close() {
        release.run();
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
