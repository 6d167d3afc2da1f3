package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static List<Duration> waits(Backoff backoff, int count) {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            waits.add(backoff.next());
        }
        return waits;
    }

    @Test
    void doublesUpToTheLongestWait() {
        var backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.5);

        assertThat(waits(backoff, 6))
                .extracting(Duration::toMillis)
                .containsExactly(1000L, 2000L, 4000L, 8000L, 10000L, 10000L);
        assertThat(backoff.failures()).isEqualTo(6);
    }

    @Test
    void spreadsEachWaitByAQuarterAtMost() {
        var low = new Backoff(Duration.ofSeconds(4), Duration.ofMinutes(1), () -> 0.0);
        var high = new Backoff(Duration.ofSeconds(4), Duration.ofMinutes(1), () -> 0.999_999);

        assertThat(low.next()).isEqualTo(Duration.ofSeconds(3));
        assertThat(high.next()).isEqualTo(Duration.ofSeconds(5));
        // never beyond the longest wait, however it is spread
        var capped = new Backoff(Duration.ofSeconds(40), Duration.ofMinutes(1), () -> 0.999_999);
        assertThat(waits(capped, 3)).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void startsOverAfterASuccess() {
        var backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.5);
        waits(backoff, 5);

        backoff.reset();

        assertThat(backoff.failures()).isZero();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void neverOverflowsAfterManyFailures() {
        var backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), () -> 0.5);

        assertThat(waits(backoff, 10_000).get(9_999)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesWaitsThatMakeNoSense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
