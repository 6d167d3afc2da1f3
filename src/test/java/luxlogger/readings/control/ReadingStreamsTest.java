package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReadingStreamsTest {

    private static final Duration SHORT = Duration.ofMillis(100);

    @Test
    void refusesAStreamBeyondTheLimitAfterWaiting() throws Exception {
        var streams = new ReadingStreams(2, SHORT);
        var holding = new CountDownLatch(2);
        var leave = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = clients.submit(() -> streams.run(() -> hold(holding, leave)));
            Future<Boolean> second = clients.submit(() -> streams.run(() -> hold(holding, leave)));
            holding.await();

            long start = System.nanoTime();
            assertThat(streams.run(() -> {
                        throw new AssertionError("ran beyond the limit");
                    }))
                    .isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(SHORT);

            leave.countDown();
            assertThat(first.get()).isTrue();
            assertThat(second.get()).isTrue();
            boolean[] ran = {false};
            assertThat(streams.run(() -> ran[0] = true)).isTrue();
            assertThat(ran[0]).isTrue();
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aFailedStreamGivesItsTurnBack() throws Exception {
        var streams = new ReadingStreams(1, SHORT);
        assertThatThrownBy(() -> streams.run(() -> {
                    throw new IllegalStateException("client gone");
                }))
                .hasMessage("client gone");
        boolean[] ran = {false};
        assertThat(streams.run(() -> ran[0] = true)).isTrue();
        assertThat(ran[0]).isTrue();
    }

    private static void hold(CountDownLatch holding, CountDownLatch leave) throws InterruptedException {
        holding.countDown();
        leave.await();
    }
}
