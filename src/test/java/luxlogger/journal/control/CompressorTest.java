package luxlogger.journal.control;

import static luxlogger.journal.control.TestPolls.ms;
import static luxlogger.journal.control.TestPolls.walker;
import static luxlogger.journal.control.TestPolls.zeros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import luxlogger.luxtronik.control.Catalog;
import org.junit.jupiter.api.Test;

/**
 * Compressor runs from its output (C44), run timer (C67), standstill timer (C73), run-time counter (C56) and start
 * counter (C57).
 */
class CompressorTest {

    private final TestPolls poll = zeros().c(57, 100).c(56, 360_000).c(73, 600);

    @Test
    void runSeenAtBothEndsHasItsExactStartStopAndLength() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.c(44, 1).c(57, 101).c(67, 12).c(73, 0).c(56, 360_012).after(30));
        for (int s = 60; s < 1230; s += 30) {
            walker.poll(poll.c(67, s - 18).c(56, 360_000 + s - 18).after(s));
        }
        walker.poll(poll.c(44, 0).c(73, 8).c(56, 360_000 + 1204).after(1230));

        assertThat(walker.drain())
                .extracting(
                        e -> e.kind,
                        e -> e.subject,
                        e -> e.time,
                        e -> e.ended,
                        e -> e.detected,
                        e -> e.text,
                        e -> e.approximate)
                .containsExactly(tuple("compressor-run", "VD1", ms(18), ms(1222), ms(1230), "VD1 ran 20 min", false));
    }

    @Test
    void severalStartsBetweenTwoPollsAreOneApproximateRow() {
        Walker walker = new Walker(Catalog.standard(), Duration.ofMinutes(10), false);
        walker.poll(poll.after(0));
        walker.poll(poll.c(57, 103).c(56, 360_900).c(73, 40).after(1800));

        assertThat(walker.drain())
                .extracting(e -> e.subject, e -> e.time, e -> e.ended, e -> e.text, e -> e.approximate)
                .containsExactly(tuple("VD1", ms(0), ms(1760), "VD1: 3 runs, 15 min in all", true));
    }

    @Test
    void runWhollyBetweenTwoPollsIsOneApproximateRow() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.c(57, 101).c(56, 360_010).c(73, 5).after(30));

        assertThat(walker.drain())
                .extracting(e -> e.time, e -> e.ended, e -> e.text, e -> e.approximate)
                .containsExactly(tuple(ms(15), ms(25), "VD1 ran about 10 s", true));
    }

    @Test
    void stopAndNewStartBetweenTwoRunningPollsEndTheFirstRun() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.c(44, 1).c(57, 101).c(67, 10).c(73, 0).c(56, 360_010).after(30));
        walker.poll(poll.c(67, 40).c(56, 360_040).after(60));
        // stopped at 70, started again at 85: running 5 s at 90
        walker.poll(poll.c(57, 102).c(67, 5).c(56, 360_055).after(90));
        walker.poll(poll.c(44, 0).c(67, 15).c(73, 10).c(56, 360_065).after(110));

        assertThat(walker.drain())
                .extracting(e -> e.time, e -> e.ended, e -> e.approximate)
                .containsExactly(tuple(ms(20), ms(85), true), tuple(ms(85), ms(100), false));
    }

    @Test
    void runGoingAtTheWalksFirstPollStartsByItsTimerButIsApproximate() {
        Walker walker = walker(false);
        walker.poll(poll.c(44, 1).c(67, 600).c(73, 0).after(0));
        walker.poll(poll.c(44, 0).c(73, 10).c(56, 360_020).after(30));

        assertThat(walker.drain())
                .extracting(e -> e.time, e -> e.ended, e -> e.text, e -> e.approximate)
                .containsExactly(tuple(ms(-600), ms(20), "VD1 ran about 10 min", true));
    }

    @Test
    void secondCompressorHasNoTimersSoItsRunsGoFromPollToPoll() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.c(45, 1).c(59, 1).after(30));
        walker.poll(poll.c(58, 30).after(60));
        walker.poll(poll.c(45, 0).c(58, 50).after(90));

        assertThat(walker.drain())
                .extracting(e -> e.subject, e -> e.time, e -> e.ended, e -> e.text, e -> e.approximate)
                .containsExactly(tuple("VD2", ms(30), ms(90), "VD2 ran about 50 s", true));
    }

    @Test
    void stillCompressorIsNoRun() {
        Walker walker = walker(false);
        for (int s = 0; s <= 300; s += 30) {
            walker.poll(poll.c(73, 600 + s).after(s));
        }

        assertThat(walker.drain()).isEmpty();
    }

    @Test
    void startCounterJumpingFurtherThanRunsCanFitIsNoBurstOfRuns() {
        Walker walker = walker(false);
        walker.poll(poll.c(57, 0).after(0));
        walker.poll(poll.c(57, 9869).c(56, 15_707_970).after(30));
        walker.poll(poll.after(60));

        assertThat(walker.drain()).isEmpty();
    }

    @Test
    void runTimeOfAnApproximateRowIsNoLongerThanTheTimeBetweenThePolls() {
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.c(57, 101).c(56, 370_000).c(73, 5).after(30));

        assertThat(walker.drain())
                .extracting(e -> e.time, e -> e.ended, e -> e.text)
                .containsExactly(tuple(ms(0), ms(25), "VD1 ran about 25 s"));
    }
}
