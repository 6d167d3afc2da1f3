package luxlogger.journal.control;

import static luxlogger.journal.control.TestPolls.ms;
import static luxlogger.journal.control.TestPolls.t;
import static luxlogger.journal.control.TestPolls.walker;
import static luxlogger.journal.control.TestPolls.zeros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Failed polls and the logger's own gaps, merged with the polls in time order. */
class ReachabilityTest {

    private final TestPolls poll = zeros();

    @Test
    void streakOfFailedPollsIsOneUnreachableWithTheFirstReasonAndTheCount() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.failed(t(30), "connection refused");
        walker.failed(t(60), "read timed out");
        walker.failed(t(90), "connection refused");
        assertThat(walker.drain()).isEmpty();
        walker.poll(poll.after(120));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.ended, e -> e.detected, e -> e.text, e -> e.approximate)
                .containsExactly(tuple(
                        "unreachable",
                        ms(30),
                        ms(120),
                        ms(120),
                        "controller unreachable: connection refused (3 failed polls)",
                        false));
    }

    @Test
    void twoStreaksAreTwoEvents() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.failed(t(30), "a");
        walker.poll(poll.after(60));
        walker.failed(t(90), "b");
        walker.poll(poll.after(120));

        assertThat(walker.drain())
                .extracting(e -> e.time, e -> e.ended)
                .containsExactly(tuple(ms(30), ms(60)), tuple(ms(90), ms(120)));
    }

    @Test
    void gapOfFourIntervalsWithoutRowsIsTheLoggerDown() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.after(120));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.ended, e -> e.detected, e -> e.text)
                .containsExactly(tuple("logger-down", ms(0), ms(120), ms(120), "logger not running for 2 min"));
    }

    @Test
    void gapOfThreeIntervalsIsALatePollOnly() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.after(90));

        assertThat(walker.drain()).isEmpty();
    }

    @Test
    void gapBetweenFailedPollsIsTheLoggerDownInsideTheOutage() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.failed(t(30), "connection refused");
        walker.failed(t(3630), "connection refused");
        walker.poll(poll.after(3660));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.ended)
                .containsExactly(tuple("logger-down", ms(30), ms(3630)), tuple("unreachable", ms(30), ms(3660)));
    }

    @Test
    void streakAtTheWalksFirstObservationIsApproximateUnlessTheControllerHasNoEarlierPoll() {
        Walker later = walker(false);
        later.failed(t(0), "refused");
        later.poll(poll.after(30));
        Walker first = walker(true);
        first.failed(t(0), "refused");
        first.poll(poll.after(30));

        assertThat(later.drain())
                .singleElement()
                .satisfies(e -> assertThat(e.approximate).isTrue());
        assertThat(first.drain())
                .singleElement()
                .satisfies(e -> assertThat(e.approximate).isFalse());
    }

    @Test
    void lastIsTheLatestPollOrFailedPoll() {
        Walker walker = walker(false);
        assertThat(walker.last()).isNull();
        walker.poll(poll.after(0));
        assertThat(walker.last()).isEqualTo(t(0));
        walker.failed(t(30), "refused");
        assertThat(walker.last()).isEqualTo(t(30));
    }

    @Test
    void observationBeforeTheLastIsRefused() {
        Walker walker = walker(false);
        walker.poll(poll.after(60));

        assertThatThrownBy(() -> walker.failed(t(30), "refused"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the last one");
    }
}
