package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The verdicts the polling health checks map to UP and DOWN. */
class PollingHealthTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Duration LONGEST_READ = Duration.ofSeconds(65);
    private static final Instant START = Instant.parse("2026-01-31T06:00:00Z");

    private static Recorder.Status figures(Instant lastSuccess, String lastProblem, Instant databaseFailingSince) {
        return new Recorder.Status(1, 0, 0, 0, lastSuccess, lastProblem, 2, databaseFailingSince, 0);
    }

    private static PollingHealth at(Instant now, Instant lastTick, Recorder.Status figures) {
        return PollingHealth.of(INTERVAL, LONGEST_READ, START, lastTick, figures, now);
    }

    @Test
    void aLoopThatNeverStartedIsLiveButNotReady() {
        PollingHealth idle = PollingHealth.idle();
        assertThat(idle.polling()).isFalse();
        assertThat(idle.live()).isTrue();
        assertThat(idle.ready()).isFalse();
        assertThat(idle.unready()).isEqualTo("polling not started");
    }

    @Test
    void recentSuccessIsLiveAndReady() {
        Instant now = START.plusSeconds(120);
        PollingHealth health = at(now, now.minusSeconds(10), figures(now.minusSeconds(10), null, null));
        assertThat(health.live()).isTrue();
        assertThat(health.ready()).isTrue();
        assertThat(health.figures().buffered()).isEqualTo(2);
    }

    @Test
    void noSuccessForMoreThanThreeIntervalsIsNotReadyAndSaysWhy() {
        Instant now = START.plusSeconds(91);
        PollingHealth health = at(now, now, figures(null, "connection refused", null));
        assertThat(health.ready()).isFalse();
        assertThat(health.unready())
                .isEqualTo("no successful poll for more than 3 intervals (90 s): connection refused");
        assertThat(at(START.plusSeconds(90), START.plusSeconds(90), figures(null, null, null))
                        .ready())
                .isTrue();
    }

    @Test
    void aDatabaseRefusingPollsForThreeIntervalsIsNotReady() {
        Instant now = START.plusSeconds(600);
        Instant failing = now.minusSeconds(91);
        PollingHealth health = at(now, now, figures(now, null, failing));
        assertThat(health.unready())
                .isEqualTo("polls are not draining into the database since " + failing + " (2 buffered)");
    }

    @Test
    void theLoopIsStuckOnlyAfterAnIntervalTheLongestReadAndSlack() {
        // 30 s interval + 65 s longest read + 30 s slack
        assertThat(at(START.plusSeconds(125), START, figures(START, null, null)).live())
                .isTrue();
        PollingHealth stuck = at(START.plusSeconds(126), START, figures(START, null, null));
        assertThat(stuck.live()).isFalse();
        assertThat(stuck.stuck()).isEqualTo("no poll started for 126 s");
    }
}
