package luxlogger.journal.control;

import static luxlogger.journal.control.TestPolls.BOUNI;
import static luxlogger.journal.control.TestPolls.COOLCHIP;
import static luxlogger.journal.control.TestPolls.dump;
import static luxlogger.journal.control.TestPolls.walker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import luxlogger.journal.entity.JournalEvent;
import org.junit.jupiter.api.Test;

/** Errors and switch-offs from the controller's slot files, by set difference of consecutive polls. */
class SlotFilesTest {

    @Test
    void firstPollOfBouniIsFiveErrorsAndFiveSwitchOffsOfHistory() {
        Walker walker = walker(true);
        walker.poll(dump(BOUNI).after(0));

        List<JournalEvent> events = walker.drain();

        assertThat(events).hasSize(10).allMatch(e -> e.history && !e.approximate && e.controller == 0);
        assertThat(events)
                .filteredOn(e -> e.kind.equals("error"))
                .extracting(e -> e.time / 1000, e -> e.subject, e -> e.code, e -> e.text)
                .containsExactly(
                        tuple(1481864444L, "721", 721, "721 low pressure switch-off"),
                        tuple(1480225858L, "721", 721, "721 low pressure switch-off"),
                        tuple(1480067468L, "721", 721, "721 low pressure switch-off"),
                        tuple(1480007199L, "721", 721, "721 low pressure switch-off"),
                        tuple(1479872216L, "721", 721, "721 low pressure switch-off"));
        assertThat(events)
                .filteredOn(e -> e.kind.equals("switch-off"))
                .extracting(e -> e.time / 1000, e -> e.subject, e -> e.text)
                .containsExactly(
                        tuple(1482958344L, "1:9", "9 no request"),
                        tuple(1482964378L, "1:9", "9 no request"),
                        tuple(1482937249L, "1:9", "9 no request"),
                        tuple(1482944429L, "1:9", "9 no request"),
                        tuple(1482951980L, "1:9", "9 no request"));
        assertThat(events).allMatch(e -> e.detected == TestPolls.ms(0) && e.ended == null);
    }

    @Test
    void laterFirstPollOfAWalkIsOnlyWhereTheSlotsStand() {
        Walker walker = walker(false);
        TestPolls poll = dump(BOUNI);
        walker.poll(poll.after(0));
        walker.poll(poll.after(30));

        assertThat(walker.drain()).isEmpty();
    }

    @Test
    void newPairIsOneErrorAndRepeatedPollsAddNone() {
        Walker walker = walker(true);
        TestPolls poll = dump(BOUNI);
        walker.poll(poll.after(0));
        walker.drain();
        // the controller shifts its error file: newest first
        for (int i = 4; i > 0; i--) {
            poll.c(95 + i, poll.c(95 + i - 1)).c(100 + i, poll.c(100 + i - 1));
        }
        poll.c(95, 1482965000).c(100, 718);
        for (int s = 30; s <= 300; s += 30) {
            walker.poll(poll.after(s));
        }

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time, e -> e.subject, e -> e.text, e -> e.history, e -> e.detected)
                .containsExactly(
                        tuple("error", 1482965000_000L, "718", "718 max. outdoor temp.", false, TestPolls.ms(30)));
    }

    @Test
    void sixSwitchOffsAcrossTheRingWrapAreSix() {
        Walker walker = walker(true);
        TestPolls poll = dump(BOUNI);
        walker.poll(poll.after(0));
        walker.drain();
        int next = poll.p(31); // the ring's next slot
        assertThat(next).isEqualTo(2);
        for (int k = 0; k < 6; k++) {
            int slot = (next + k) % 5;
            int time = 1482966000 + 600 * k;
            poll.c(111 + slot, time).c(106 + slot, k == 5 ? 4 : 9).p(31, (slot + 1) % 5);
            walker.poll(poll.after(30L * (k + 1)));
        }

        List<JournalEvent> events = walker.drain();

        assertThat(events).hasSize(6).allMatch(e -> e.kind.equals("switch-off") && !e.history);
        assertThat(events).extracting(e -> e.time / 1000).isSorted().doesNotHaveDuplicates();
        assertThat(events.get(5).text).isEqualTo("4 evu lock");
        assertThat(events.get(5).subject).isEqualTo("1:4");
    }

    @Test
    void coolchipErrorComesWithItsSwitchOffOneSecondBefore() {
        TestPolls before = dump(COOLCHIP);
        // the poll before the error: the error file one entry older, the switch-off slot 1 still its older pair
        for (int i = 0; i < 4; i++) {
            before.c(95 + i, before.c(96 + i)).c(100 + i, before.c(101 + i));
        }
        before.c(99, 1490000000).c(100 + 4, 715).c(112, 1500000000).c(107, 9);
        Walker walker = walker(false);
        walker.poll(before.after(0));
        walker.poll(dump(COOLCHIP).after(30));

        assertThat(walker.drain())
                .extracting(e -> e.kind, e -> e.time / 1000, e -> e.subject, e -> e.code, e -> e.text)
                .containsExactly(
                        tuple("error", 1500955563L, "716", 716, "716 error high pressure"),
                        tuple("switch-off", 1500955562L, "1:1", 1, "1 heatpump error"));
    }

    @Test
    void switchOffWithCodeZeroIsOneButAnErrorSlotWithCodeZeroIsEmpty() {
        TestPolls poll = TestPolls.zeros();
        poll.c(95, 1500000000).c(100, 0).c(111, 1500000001).c(106, 0);
        Walker walker = walker(true);
        walker.poll(poll.after(0));

        assertThat(walker.drain()).extracting(e -> e.kind, e -> e.subject).containsExactly(tuple("switch-off", "1:0"));
    }

    @Test
    void secondSwitchOffFileHasItsOwnSubject() {
        TestPolls poll = TestPolls.zeros();
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.c(222, 1500000000).c(217, 9).after(30));

        List<JournalEvent> events = new ArrayList<>(walker.drain());

        assertThat(events)
                .extracting(e -> e.subject, e -> e.text)
                .containsExactly(tuple("2:9", "9 no request (second switch-off file)"));
    }

    @Test
    void pairHeldInTwoSlotsIsOneEvent() {
        TestPolls poll = TestPolls.zeros();
        poll.c(95, 1500000000).c(100, 718).c(96, 1500000000).c(101, 718);
        Walker walker = walker(true);
        walker.poll(poll.after(0));

        assertThat(walker.drain()).hasSize(1);
    }

    @Test
    void controllerWithoutTheSecondFileHasNone() {
        TestPolls poll = dump(COOLCHIP); // 200 calculations: no C217-C226
        Walker walker = walker(true);
        walker.poll(poll.after(0));

        assertThat(walker.drain()).noneMatch(e -> e.subject.startsWith("2:")).hasSize(10);
    }
}
