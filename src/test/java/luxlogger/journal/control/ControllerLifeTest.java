package luxlogger.journal.control;

import static luxlogger.journal.control.TestPolls.ms;
import static luxlogger.journal.control.TestPolls.t;
import static luxlogger.journal.control.TestPolls.walker;
import static luxlogger.journal.control.TestPolls.zeros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import luxlogger.journal.entity.EventKind;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

/** Controller restarts, clock changes and firmware updates from consecutive raw polls. */
class ControllerLifeTest {

    private final Walker walker = walker(false);
    private final TestPolls poll = zeros().c(73, 5000).c(57, 100).c(119, 1);

    @Test
    void standstillTimerFallingWithoutAStartIsARestart() {
        walker.poll(poll.after(0));
        walker.poll(poll.c(73, 12).after(30));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.detected, e -> e.text)
                .containsExactly(
                        tuple(
                                "controller-restart",
                                ms(18),
                                ms(30),
                                "controller restarted: standstill timer restarted (5000 s -> 12 s) without a compressor start"));
    }

    @Test
    void standstillTimerFallingWithAStartIsNoRestart() {
        walker.poll(poll.after(0));
        walker.poll(poll.c(73, 12).c(57, 101).c(56, 8).after(30));

        assertThat(walker.drain()).noneMatch(TestPolls.kindIs(EventKind.CONTROLLER_RESTART));
    }

    @Test
    void gridSwitchOnDelayAndARestartSwitchOffAreEvidenceTogether() {
        walker.poll(poll.after(0));
        walker.poll(
                poll.c(119, 2).c(111, (int) t(10).getEpochSecond()).c(106, 25).after(30));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.text)
                .containsExactly(
                        tuple("switch-off", ms(10), "25 restart"),
                        tuple(
                                "controller-restart",
                                ms(30),
                                "controller restarted: status grid switch-on delay, switch-off 25 restart"));
    }

    @Test
    void clockMovedAnHourIsAClockSet() {
        walker.poll(poll.after(0));
        poll.c(134, (int) t(30 + 3600).getEpochSecond());
        walker.poll(poll.at(t(30)));
        // the next poll tells a set clock (it keeps the hour) from one running at another pace
        poll.c(134, (int) t(60 + 3600).getEpochSecond());
        walker.poll(poll.at(t(60)));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.detected, e -> e.subject, e -> e.text)
                .containsExactly(tuple("clock-set", ms(30), ms(60), "", "+3600 s"));
    }

    @Test
    void aClockRunningSixtyTimesFasterAtASteadyPaceIsNoClockSet() {
        // the simulator at SIMULATOR_SPEED=60: its clock gains 295 s on every 5 s poll
        for (int n = 0; n < 10; n++) {
            poll.c(134, (int) t(0).plusSeconds(60L * 5 * n).getEpochSecond());
            walker.poll(poll.at(t(5 * n)));
        }

        assertThat(walker.drain()).noneMatch(TestPolls.kindIs(EventKind.CLOCK_SET));
    }

    @Test
    void clockDriftingAMinuteIsNothing() {
        walker.poll(poll.after(0));
        poll.c(134, (int) t(30 + 60).getEpochSecond());
        walker.poll(poll.at(t(30)));

        assertThat(walker.drain()).isEmpty();
    }

    @Test
    void clockJumpRightAfterFailedPollsIsARestart() {
        walker.poll(poll.after(0));
        walker.failed(t(30), "connection refused");
        poll.c(134, (int) t(60 - 7200).getEpochSecond());
        walker.poll(poll.at(t(60)));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.text)
                .containsExactly(
                        tuple("unreachable", "controller unreachable: connection refused (1 failed poll)"),
                        tuple("controller-restart", "controller restarted: clock -7200 s after 1 failed poll"));
    }

    @Test
    void clockJumpWithOtherEvidenceIsPartOfTheRestart() {
        walker.poll(poll.after(0));
        poll.c(119, 2).c(134, (int) t(30 + 600).getEpochSecond());
        walker.poll(poll.at(t(30)));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.text)
                .containsExactly(
                        tuple("controller-restart", "controller restarted: status grid switch-on delay, clock +600 s"));
    }

    @Test
    void firmwareUpdateNamesBothVersionsAndTheNewArrayLengths() {
        walker.poll(poll.firmware("V3.91.0").after(0));
        Snapshot updated = poll.firmware("V3.92.1").after(30);
        walker.poll(new Snapshot(
                updated.time(),
                Arrays.copyOf(updated.parameters(), updated.parameters().length + 5),
                updated.calculations(),
                updated.visibilities()));

        var shape = Catalog.standard().shape();
        String rest = "/" + shape.calculations() + "/" + shape.visibilities();
        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.subject, e -> e.text)
                .containsExactly(tuple(
                        "firmware-change", "V3.91.0", "V3.91.0 -> V3.92.1, arrays 1160" + rest + " -> 1165" + rest));
    }
}
