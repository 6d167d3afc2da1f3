package luxlogger.journal.control;

import static luxlogger.journal.control.TestPolls.COOLCHIP;
import static luxlogger.journal.control.TestPolls.dump;
import static luxlogger.journal.control.TestPolls.kindIs;
import static luxlogger.journal.control.TestPolls.walker;
import static luxlogger.journal.entity.EventKind.SETTING_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

/** Setting changes: parameters the catalog marks as settings, decoded before and after. */
class SettingChangesTest {

    @Test
    void heatingCurveEndPointChangeIsDecodedWithLabelAndUnit() {
        TestPolls poll = dump(COOLCHIP);
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.p(11, 400).after(30));

        assertThat(walker.drain())
                .extracting(
                        e -> e.kind,
                        e -> e.time,
                        e -> e.subject,
                        e -> e.text,
                        e -> e.oldRaw,
                        e -> e.newRaw,
                        e -> e.code)
                .containsExactly(tuple(
                        "setting-change",
                        TestPolls.ms(30),
                        "ID_Einst_HzHwHKE_akt",
                        "Heating curve end point 38.0 -> 40.0 °C",
                        380,
                        400,
                        null));
    }

    @Test
    void timeOfDayChangeIsShownAsClockTimes() {
        TestPolls poll = TestPolls.zeros().p(223, 7 * 3600);
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.p(223, 6 * 3600 + 1800).after(30));

        List<JournalEvent> events = walker.drain();

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.text).endsWith(" 07:00 -> 06:30").doesNotContain("null");
            assertThat(e.subject).isEqualTo("ID_Einst_SuHkrW0_zeit_0_0");
        });
    }

    @Test
    void countersClocksAndHistoriesMovingAtEveryPollAreNoSettingChanges() {
        TestPolls poll = TestPolls.zeros();
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        for (int s = 30; s <= 3600; s += 30) {
            for (int index : new int[] {668, 669, 674, 675, 728, 730, 852, 854, 878, 879, 1119, 1136, 1137, 105, 716}) {
                poll.p(index, poll.p(index) + 1 + index % 7);
            }
            walker.poll(poll.after(s));
        }

        // P1119 moving is a defrost the controller filed, not a setting
        assertThat(walker.drain()).isNotEmpty().noneMatch(kindIs(SETTING_CHANGE));
    }

    @Test
    void everyParameterIsASettingChangeExactlyWhenTheCatalogMarksItASetting() {
        Catalog catalog = Catalog.standard();
        TestPolls poll = TestPolls.zeros();
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        int length = catalog.length(Group.PARAMETERS);
        for (int index = 0; index < length; index++) {
            poll.p(index, 1);
        }
        walker.poll(poll.after(30));

        List<String> changed = walker.drain().stream()
                .filter(kindIs(SETTING_CHANGE))
                .map(e -> e.subject)
                .sorted()
                .toList();

        List<String> settings = IntStream.range(0, length)
                .mapToObj(i -> catalog.field(Group.PARAMETERS, i))
                .filter(Field::setting)
                .map(Field::name)
                .sorted()
                .toList();
        assertThat(changed).isEqualTo(settings).hasSize(length - 101);
    }

    @Test
    void indicesOnlyOnePollHoldsAreNoChange() {
        TestPolls poll = dump(COOLCHIP); // 1,086 parameters
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        Snapshot longer = poll.after(30);
        int[] parameters = Arrays.copyOf(longer.parameters(), 1160);
        parameters[1100] = 5;
        walker.poll(new Snapshot(longer.time(), parameters, longer.calculations(), longer.visibilities()));

        assertThat(walker.drain()).isEmpty();
    }

    @Test
    void valueWithoutTextIsShownAsNone() {
        TestPolls poll = TestPolls.zeros().p(223, -1); // a negative clock time decodes to no value
        Walker walker = walker(false);
        walker.poll(poll.after(0));
        walker.poll(poll.p(223, 3600).after(30));

        assertThat(walker.drain())
                .singleElement()
                .satisfies(e -> assertThat(e.text).endsWith(" none -> 01:00"));
    }
}
