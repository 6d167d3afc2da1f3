package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StateQueueTest {

    @Test
    void dropsTheOldestWhenFullAndCountsIt() throws Exception {
        var queue = new StateQueue<Integer>(3);
        for (int i = 1; i <= 5; i++) {
            queue.offer(i);
        }

        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.dropped()).isEqualTo(2);
        assertThat(queue.take(Duration.ZERO)).isEqualTo(3);
        assertThat(queue.drain()).containsExactly(4, 5);
        assertThat(queue.size()).isZero();
    }

    @Test
    void offeringNeverWaitsForATaker() {
        var queue = new StateQueue<Integer>(2);
        long start = System.nanoTime();

        for (int i = 0; i < 100_000; i++) {
            queue.offer(i);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(queue.dropped()).isEqualTo(99_998);
        assertThat(queue.drain()).containsExactly(99_998, 99_999);
    }

    @Test
    void takeWaitsForAnEntryUpToItsLimit() throws Exception {
        var queue = new StateQueue<String>(4);

        long start = System.nanoTime();
        assertThat(queue.take(Duration.ofMillis(200))).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));

        var taken = CompletableFuture.supplyAsync(() -> {
            try {
                return queue.take(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        queue.offer("stored");
        assertThat(taken.get(10, TimeUnit.SECONDS)).isEqualTo("stored");
    }

    @Test
    void needsRoomForOneAtLeast() {
        assertThatThrownBy(() -> new StateQueue<>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
