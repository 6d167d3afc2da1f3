package luxlogger.journal.control;

import static luxlogger.journal.control.TestPolls.ms;
import static luxlogger.journal.control.TestPolls.walker;
import static luxlogger.journal.control.TestPolls.zeros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

/** Defrosts, hot-water runs, utility locks and operating modes from consecutive raw polls. */
class OperationTest {

    private final Walker walker = walker(false);
    private final TestPolls poll = zeros();

    @Test
    void utilityLockIsFromTheFirstPollReadingZeroToTheFirstReadingOne() {
        walker.poll(poll.after(0));
        walker.poll(poll.c(31, 0).after(30));
        for (int s = 60; s < 7230; s += 30) {
            walker.poll(poll.after(s));
        }
        walker.poll(poll.c(31, 1).after(7230));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.ended, e -> e.detected, e -> e.text, e -> e.approximate)
                .containsExactly(tuple("utility-lock", ms(30), ms(7230), ms(7230), "utility lock 2 h 0 min", false));
    }

    @Test
    void utilityAllowedThroughoutIsNoLock() {
        for (int s = 0; s <= 600; s += 30) {
            walker.poll(poll.c(31, 1).after(s));
        }

        assertThat(walker.drain()).isEmpty();
    }

    @Test
    void lockAlreadyOnAtTheWalksFirstPollIsApproximate() {
        walker.poll(poll.c(31, 0).after(0));
        walker.poll(poll.after(30));
        walker.poll(poll.c(31, 1).after(60));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.ended, e -> e.approximate)
                .containsExactly(tuple("utility-lock", ms(0), ms(60), true));
    }

    @Test
    void defrostSeenInTheModeAndFiledByTheControllerIsOne() {
        walker.poll(poll.after(0));
        walker.poll(poll.c(80, 4).after(30));
        for (int s = 60; s < 300; s += 30) {
            walker.poll(poll.after(s));
        }
        // the controller files the defrost's end as it leaves the mode
        walker.poll(
                poll.c(80, 0).p(1119, (int) TestPolls.t(290).getEpochSecond()).after(300));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.ended, e -> e.text, e -> e.approximate)
                .containsExactly(
                        tuple("operating-mode", ms(30), null, "heating -> defrost", false),
                        tuple("operating-mode", ms(300), null, "defrost -> heating", false),
                        tuple("defrost", ms(30), ms(300), "defrost 5 min", false));
    }

    @Test
    void defrostTimeFiledAfterTheModeWasLeftIsTheSameDefrost() {
        walker.poll(poll.after(0));
        walker.poll(poll.c(80, 4).after(30));
        walker.poll(poll.c(80, 0).after(60));
        walker.poll(poll.p(1119, (int) TestPolls.t(55).getEpochSecond()).after(90));

        assertThat(walker.drain())
                .filteredOn(TestPolls.kindIs(EventKind.DEFROST))
                .hasSize(1);
    }

    @Test
    void defrostFiledWithoutTheModeSeenIsOneBetweenPolls() {
        walker.poll(poll.p(1119, 1700000000).after(0));
        walker.poll(poll.after(30));
        walker.poll(poll.p(1119, (int) TestPolls.t(40).getEpochSecond()).after(60));
        walker.poll(poll.after(90));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.ended, e -> e.detected, e -> e.approximate)
                .containsExactly(tuple("defrost", ms(40), ms(40), ms(60), true));
    }

    @Test
    void hotWaterRunHasItsTemperaturesAndLength() {
        walker.poll(poll.c(17, 430).after(0));
        walker.poll(poll.c(80, 1).c(17, 438).after(30));
        for (int s = 60; s < 1350; s += 30) {
            walker.poll(poll.c(17, 438 + s / 60).after(s));
        }
        walker.poll(poll.c(80, 0).c(17, 461).after(1350));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.ended, e -> e.text)
                .containsExactly(
                        tuple("operating-mode", ms(30), null, "heating -> hot water"),
                        tuple("operating-mode", ms(1350), null, "hot water -> heating"),
                        tuple("hot-water-run", ms(30), ms(1350), "43.8 -> 46.1 °C, 22 min"));
    }

    @Test
    void spanEndingAfterTheLoggerWasDownIsApproximate() {
        walker.poll(poll.after(0));
        walker.poll(poll.c(80, 1).after(30));
        walker.poll(poll.c(80, 5).after(3600));

        List<JournalEvent> events = walker.drain();

        assertThat(events)
                .extracting(e -> e.kind, e -> e.approximate)
                .containsExactly(
                        tuple("operating-mode", false),
                        tuple("logger-down", false),
                        tuple("operating-mode", false),
                        tuple("hot-water-run", true));
    }

    @Test
    void missingRegistersDeriveNothing() {
        var shortPoll = new Snapshot(TestPolls.t(0), new int[10], new int[10], new byte[0]);
        var alsoShort = new Snapshot(TestPolls.t(30), new int[10], new int[10], new byte[0]);
        Walker walker = new Walker(Catalog.standard(), Duration.ofSeconds(30), true);
        walker.poll(shortPoll);
        walker.poll(alsoShort);

        assertThat(walker.drain()).isEmpty();
    }
}
