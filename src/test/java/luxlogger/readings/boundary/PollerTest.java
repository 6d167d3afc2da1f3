package luxlogger.readings.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import luxlogger.readings.control.Recorder;
import luxlogger.readings.entity.ReadingsSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The polling loop on a clock and a scheduler the test drives: no waiting, every instant exact. */
class PollerTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2025-01-13T10:00:07.250Z");

    private final TestClock clock = new TestClock(START);
    private final Scheduler scheduler = new Scheduler(clock);
    private final Polls recorder = new Polls(clock);
    private final Poller poller = new Poller();

    @BeforeEach
    void wire() {
        poller.clock = clock;
        poller.executor = scheduler;
        poller.recorder = recorder;
    }

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void pollsFirstAtTheNextSlotOfTheGrid() {
        poller.startOnGrid(INTERVAL);

        assertThat(scheduler.pending()).containsExactly(Duration.ofMillis(22_750));
    }

    @Test
    void staysOnTheGridWhateverEachPollTakes() {
        poller.startOnGrid(INTERVAL);
        // a quick answer, a poll that failed after waiting for its timeout, one that ends just before the next slot
        for (Duration takes : List.of(Duration.ofMillis(300), Duration.ofSeconds(10), Duration.ofMillis(29_900))) {
            recorder.next(takes);
            scheduler.runNext();
        }
        scheduler.runNext();

        assertThat(recorder.started).containsExactly(at("10:00:30"), at("10:01:00"), at("10:01:30"), at("10:02:00"));
        assertThat(recorder.skipped).isZero();
    }

    @Test
    void countsTheSlotsALongPollOutlastedAsSkipped() {
        poller.startOnGrid(INTERVAL);
        recorder.next(Duration.ofSeconds(65));
        scheduler.runNext();

        assertThat(clock.instant()).isEqualTo(at("10:01:35"));
        assertThat(scheduler.pending()).containsExactly(Duration.ofSeconds(25));
        // 10:01:00 and 10:01:30 passed while the poll of 10:00:30 ran
        assertThat(recorder.skipped).isEqualTo(2);
    }

    @Test
    void restartsFiveSecondsAfterAnUnexpectedFailureAndThenReturnsToTheGrid() {
        poller.startOnGrid(INTERVAL);
        recorder.failNext(new IllegalStateException("a bug"));
        scheduler.runNext();

        assertThat(scheduler.pending()).containsExactly(Poller.RESTART_DELAY);
        scheduler.runNext();
        scheduler.runNext();

        assertThat(recorder.started).containsExactly(at("10:00:30"), at("10:00:35"), at("10:01:00"));
        assertThat(recorder.skipped).isZero();
    }

    @Test
    void stopCancelsTheNextPollAndStoresWhatIsBuffered() {
        poller.startOnGrid(INTERVAL);
        scheduler.runNext();
        Scheduled next = scheduler.tasks.peekLast();

        poller.stop(null);
        next.command().run();

        assertThat(next.future().isCancelled()).isTrue();
        assertThat(recorder.started).containsExactly(at("10:00:30"));
        assertThat(recorder.closed).isTrue();
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
        final List<Instant> started = new ArrayList<>();
        private Duration takes = Duration.ZERO;
        private RuntimeException failure;
        long skipped;
        boolean closed;

        Polls(TestClock clock) {
            this.clock = clock;
        }

        void next(Duration duration) {
            takes = duration;
        }

        void failNext(RuntimeException e) {
            failure = e;
        }

        @Override
        public synchronized void open(ReadingsSettings settings) {
            // nothing to prepare
        }

        @Override
        public void poll() {
            started.add(clock.instant());
            clock.advance(takes);
            takes = Duration.ZERO;
            if (failure != null) {
                RuntimeException e = failure;
                failure = null;
                throw e;
            }
        }

        @Override
        public void skipped(long ticks) {
            skipped += ticks;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
