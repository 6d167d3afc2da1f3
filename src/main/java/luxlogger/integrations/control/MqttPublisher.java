package luxlogger.integrations.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import luxlogger.integrations.entity.MqttMessage;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.PollReader;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Publishes one controller's stored polls on a thread of its own, so that a broker that is slow or away never
 * delays polling or storage: the writer only leaves a notice in a small bounded queue ({@link #stored}). The
 * publisher reads what was stored since the state it published last and publishes each poll's state in order;
 * after a gap (the broker away, or more than {@link #BURST} polls waiting, as when a spill file is replayed) only
 * the newest, and the polls left out are counted as dropped. The database keeps every poll whatever happens here.
 */
public final class MqttPublisher implements Runnable {

    private static final Logger LOG = System.getLogger(MqttPublisher.class.getName());
    /** Most states published at once when polls waited while connected; a longer backlog is history. */
    static final int BURST = 10;
    /** Notices of stored polls held; losing one loses no state, as the next read covers its polls. */
    static final int NOTICES = 64;
    /** How often a waiting publisher looks whether it is to stop. */
    private static final Duration IDLE = Duration.ofMillis(500);

    private final String controller;
    private final MqttLink link;
    private final UnpublishedPolls unpublished;
    private final StateMessages messages;
    private final MqttFigures figures;
    private final Backoff backoff;
    private final StateQueue<Instant> notices = new StateQueue<>(NOTICES);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Whether the last connect succeeded and no failure was seen since. */
    private volatile boolean up;

    private boolean everUp;
    /** The discovery configs confirmed on this connection; null after each connect, so they go out again. */
    private List<MqttMessage> announced;

    public MqttPublisher(
            String controller,
            MqttLink link,
            PollReader polls,
            StateMessages messages,
            MqttFigures figures,
            Backoff backoff) {
        this.controller = controller;
        this.link = link;
        this.unpublished = new UnpublishedPolls(polls, controller);
        this.messages = messages;
        this.figures = figures;
        this.backoff = backoff;
    }

    /** Starts publishing on a thread of the factory. */
    public void start(ThreadFactory threads) {
        Thread thread = threads.newThread(this);
        thread.setName("mqtt-" + controller);
        thread.setDaemon(true);
        thread.start();
    }

    /** Polls of this controller were stored up to {@code newest}: never waits. */
    public void stored(Instant newest) {
        notices.offer(newest);
    }

    /** Stops after the step in progress: says offline and disconnects; waits for that at most {@code wait}. */
    public void stop(Duration wait) throws InterruptedException {
        stopping.countDown();
        stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
        try {
            while (stopping.getCount() > 0) {
                try {
                    step();
                } catch (RuntimeException e) {
                    // a fault here or in the client library must not end publishing for good
                    LOG.log(Level.ERROR, "MQTT publishing of {0} failed: {1}", controller, e.toString());
                    failed(null);
                    pause();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            link.close();
            up = false;
            stopped.countDown();
        }
    }

    private void step() throws InterruptedException {
        if (!link.connected()) {
            if (up) {
                failed(null);
            }
            connect();
            return;
        }
        Instant newest = notices.take(IDLE);
        if (newest != null) {
            for (Instant later : notices.drain()) {
                newest = later.isAfter(newest) ? later : newest;
            }
            publish(newest, announced == null ? 1 : BURST);
        }
    }

    private void connect() throws InterruptedException {
        try {
            link.connect();
        } catch (MqttException e) {
            figures.failed();
            // once per outage: a broken connection was logged when it broke
            Level level = everUp || backoff.failures() > 0 ? Level.DEBUG : Level.WARNING;
            LOG.log(level, "MQTT: {0} cannot reach {1}: {2}", controller, link.broker(), MqttLink.reason(e));
            pause();
            return;
        }
        if (everUp || backoff.failures() > 0) {
            figures.reconnected();
        }
        LOG.log(Level.INFO, "MQTT: {0} publishes to {1}", controller, link.broker());
        up = true;
        everUp = true;
        backoff.reset();
        // the next notice's poll goes out with the configs; what was stored while the broker was away is history
        announced = null;
    }

    /** Publishes the polls stored since the last one published, up to {@code newest}, if at most {@code burst}. */
    private void publish(Instant newest, int burst) {
        UnpublishedPolls.Due due;
        try {
            due = unpublished.due(newest, burst);
        } catch (RuntimeException e) {
            // the database answers again at the next notice
            LOG.log(Level.WARNING, "MQTT: cannot read the stored polls of {0}: {1}", controller, e.getMessage());
            return;
        }
        figures.dropped(due.skipped());
        for (Snapshot snapshot : due.polls()) {
            List<MqttMessage> discovery = messages.discovery(snapshot);
            List<MqttMessage> out = new ArrayList<>(discovery.equals(announced) ? List.of() : discovery);
            out.addAll(messages.state(snapshot));
            try {
                link.publish(out);
            } catch (MqttException e) {
                failed(e);
                return;
            }
            announced = discovery;
            unpublished.published(snapshot.time());
            figures.published();
        }
    }

    private void failed(MqttException e) {
        figures.failed();
        if (up) {
            String reason = e == null ? "" : ": " + MqttLink.reason(e);
            LOG.log(Level.WARNING, "MQTT: {0} lost its connection to {1}{2}", controller, link.broker(), reason);
        }
        up = false;
        link.drop();
    }

    private void pause() throws InterruptedException {
        stopping.await(backoff.next().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the broker takes this controller's messages now. */
    public boolean connected() {
        return up && link.connected();
    }

    /** Notices of stored polls waiting. */
    public long waiting() {
        return notices.size();
    }
}
