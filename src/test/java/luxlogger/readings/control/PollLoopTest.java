package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import luxlogger.readings.entity.ReadingsSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The polling loop on a clock and a scheduler the test drives: no waiting, every instant exact. */
class PollLoopTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2025-01-13T10:00:07.250Z");

    private final TestClock clock = new TestClock(START);
    private final Scheduler scheduler = new Scheduler(clock);
    private final Polls recorder = new Polls(clock);
    /** Waits a moment only for a poll in progress when stopped: the test's polls end when the test says. */
    private final PollLoop loop = new PollLoop(
            recorder,
            new ReadingsSettings(INTERVAL, Path.of("polls.db"), 30, ZoneOffset.UTC),
            scheduler,
            clock,
            Duration.ofMillis(50));

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void pollsFirstAtTheNextSlotOfTheGrid() {
        assertThat(loop.start()).isEqualTo(at("10:00:30"));

        assertThat(scheduler.pending()).containsExactly(Duration.ofMillis(22_750));
    }

    @Test
    void staysOnTheGridWhateverEachPollTakes() {
        loop.start();
        // a quick answer, a poll that failed after waiting for its timeout, one that ends just before the next slot
        for (Duration takes : List.of(Duration.ofMillis(300), Duration.ofSeconds(10), Duration.ofMillis(29_900))) {
            recorder.next(takes);
            scheduler.runNext();
        }
        scheduler.runNext();

        assertThat(recorder.polls).containsExactly(at("10:00:30"), at("10:01:00"), at("10:01:30"), at("10:02:00"));
        assertThat(recorder.skipped).isZero();
    }

    @Test
    void countsTheSlotsALongPollOutlastedAsSkipped() {
        loop.start();
        recorder.next(Duration.ofSeconds(65));
        scheduler.runNext();

        assertThat(clock.instant()).isEqualTo(at("10:01:35"));
        assertThat(scheduler.pending()).containsExactly(Duration.ofSeconds(25));
        // 10:01:00 and 10:01:30 passed while the poll of 10:00:30 ran
        assertThat(recorder.skipped).isEqualTo(2);
    }

    @Test
    void restartsFiveSecondsAfterAnUnexpectedFailureAndThenReturnsToTheGrid() {
        loop.start();
        recorder.failNext(new IllegalStateException("a bug"));
        scheduler.runNext();

        assertThat(scheduler.pending()).containsExactly(PollLoop.RESTART_DELAY);
        scheduler.runNext();
        scheduler.runNext();

        assertThat(recorder.polls).containsExactly(at("10:00:30"), at("10:00:35"), at("10:01:00"));
        assertThat(recorder.skipped).isZero();
    }

    @Test
    void stopCancelsTheNextPollAndStoresWhatIsBuffered() {
        loop.start();
        scheduler.runNext();
        Scheduled next = scheduler.tasks.peekLast();

        loop.stop();
        next.command().run();

        assertThat(next.future().isCancelled()).isTrue();
        assertThat(recorder.polls).containsExactly(at("10:00:30"));
        assertThat(recorder.closed).isTrue();
    }

    @Test
    void aLoopStoppedBeforeItsStartNeverPolls() {
        // a refusal (another instance polls the controller) may come while the loops are still being started
        loop.stop();
        loop.start();

        assertThat(scheduler.tasks).isEmpty();
        assertThat(recorder.polls).isEmpty();
        assertThat(recorder.closed).isTrue();
    }

    @Test
    void schedulesTheNextPollAfterAnInterruptedOne() {
        loop.start();
        recorder.interruptNext();
        scheduler.runNext();

        // the interrupt stays set for the thread's owner; reading it here clears it for the next test
        assertThat(Thread.interrupted()).isTrue();
        assertThat(scheduler.pending()).containsExactly(INTERVAL);
    }

    @Test
    void aPollThatEndsAfterStopIsBufferedBeforeTheRecorderCloses() throws InterruptedException {
        loop.start();
        recorder.holdNext();
        Thread polling = new Thread(scheduler::runNext);
        polling.start();
        recorder.started.await();

        loop.stop();
        recorder.release.countDown();
        polling.join();

        assertThat(recorder.events).containsExactly("poll ended", "closed");
    }

    private static Instant at(String time) {
        return Instant.parse("2025-01-13T" + time + "Z");
    }

    /** A clock that moves only when told. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    record Scheduled(Runnable command, Duration delay, ScheduledFuture<?> future) {}

    /** Keeps what the poller schedules; {@link #runNext} moves the clock to it and runs it here. */
    static final class Scheduler extends ScheduledThreadPoolExecutor {
        private final TestClock clock;
        final Deque<Scheduled> tasks = new ArrayDeque<>();

        Scheduler(TestClock clock) {
            super(1);
            this.clock = clock;
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            // a real future, so that cancelling it is seen; it never runs by itself
            ScheduledFuture<?> future = super.schedule(() -> {}, 1, TimeUnit.DAYS);
            tasks.add(new Scheduled(command, Duration.ofNanos(unit.toNanos(delay)), future));
            return future;
        }

        List<Duration> pending() {
            return tasks.stream()
                    .filter(task -> !task.future().isCancelled())
                    .map(Scheduled::delay)
                    .toList();
        }

        void runNext() {
            assertThat(tasks).as("scheduled tasks").hasSize(1);
            Scheduled task = tasks.removeFirst();
            clock.advance(task.delay());
            task.command().run();
        }
    }

    /** The recorder as the poller sees it: each poll takes its time or fails, and is remembered. */
    static final class Polls extends Recorder {
        private final TestClock clock;
        final List<Instant> polls = new ArrayList<>();
        private Duration takes = Duration.ZERO;
        private RuntimeException failure;
        private boolean interrupt;
        private boolean hold;
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> events = new CopyOnWriteArrayList<>();
        long skipped;
        boolean closed;

        Polls(TestClock clock) {
            super("heatpump", null, null, null, () -> {});
            this.clock = clock;
        }

        void next(Duration duration) {
            takes = duration;
        }

        void failNext(RuntimeException e) {
            failure = e;
        }

        void interruptNext() {
            interrupt = true;
        }

        /** The next poll runs until {@link #release} counts down, as a read waiting for a slow controller. */
        void holdNext() {
            hold = true;
        }

        @Override
        public synchronized void open(ReadingsSettings settings) {
            // nothing to prepare
        }

        @Override
        public void poll() throws InterruptedException {
            this.started.countDown();
            polls.add(clock.instant());
            clock.advance(takes);
            takes = Duration.ZERO;
            if (failure != null) {
                RuntimeException e = failure;
                failure = null;
                throw e;
            }
            if (interrupt) {
                interrupt = false;
                throw new InterruptedException();
            }
            if (hold) {
                hold = false;
                release.await();
            }
            events.add("poll ended");
        }

        @Override
        public void skipped(long ticks) {
            skipped += ticks;
        }

        @Override
        public void close() {
            closed = true;
            events.add("closed");
        }
    }
}
