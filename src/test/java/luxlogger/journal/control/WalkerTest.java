package luxlogger.journal.control;

import static luxlogger.journal.control.TestPolls.walker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;

/** The walker as a whole: draining, and a simulated winter week held against the model's own counters. */
class WalkerTest {

    private static final Instant WINTER = Instant.parse("2025-01-12T23:00:00Z");
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final Pattern RUNS = Pattern.compile(": (\\d+) runs");

    @Test
    void drainHandsEachEventOnce() {
        Walker walker = walker(true);
        walker.poll(TestPolls.dump(TestPolls.BOUNI).after(0));

        assertThat(walker.drain()).hasSize(10);
        assertThat(walker.drain()).isEmpty();
    }

    @Test
    void intervalMustBePositive() {
        assertThatThrownBy(() -> new Walker(Catalog.standard(), Duration.ZERO, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulatedWinterWeekGivesTheModelsRunsLocksAndDefrostsAndNothingElse() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 42, WINTER);
        Walker walker = new Walker(Catalog.standard(), POLL, true);
        List<JournalEvent> events = new ArrayList<>();
        Snapshot first = model.snapshotAt(WINTER);
        Snapshot last = first;
        int defrostsFiled = 0;
        int defrostModes = 0;
        for (Instant t = WINTER; t.isBefore(WINTER.plus(Duration.ofDays(7))); t = t.plus(POLL)) {
            Snapshot s = model.snapshotAt(t);
            defrostsFiled += s.parameters()[1119] != last.parameters()[1119] ? 1 : 0;
            defrostModes += s.calculations()[80] == 4 && last.calculations()[80] != 4 ? 1 : 0;
            walker.poll(s);
            events.addAll(walker.drain());
            last = s;
        }
        Map<String, Integer> kinds = new TreeMap<>();
        events.forEach(e -> kinds.merge(e.kind, 1, Integer::sum));

        int runs = 0;
        for (JournalEvent e : events) {
            if (e.kind.equals(EventKind.COMPRESSOR_RUN.key())) {
                Matcher several = RUNS.matcher(e.text);
                runs += several.find() ? Integer.parseInt(several.group(1)) : 1;
            }
        }
        int starts = last.calculations()[57] - first.calculations()[57];
        boolean runningAtEnd = last.calculations()[44] != 0;
        assertThat(runs + (runningAtEnd ? 1 : 0))
                .as("runs against the model's starts")
                .isEqualTo(starts);
        // the simulated site's two blocks a day, 11:00-12:00 and 17:30-19:00
        assertThat(events)
                .filteredOn(e -> e.kind.equals("utility-lock"))
                .extracting(e -> Duration.ofMillis(e.ended - e.time).toMinutes())
                .hasSize(14)
                .containsOnly(60L, 90L);
        // every defrost passes through mode 4 at a poll, and its filed time is no second one; the lock can
        // interrupt a defrost, which then resumes as a second span with one filed time
        assertThat(events)
                .filteredOn(e -> e.kind.equals("defrost"))
                .hasSize(defrostModes)
                .noneMatch(e -> e.approximate);
        assertThat(defrostsFiled).isBetween(defrostModes - 3, defrostModes);
        assertThat(kinds.keySet())
                .containsOnly(
                        "compressor-run",
                        "defrost",
                        "hot-water-run",
                        "operating-mode",
                        "utility-lock",
                        "switch-off",
                        "error");
        // the dump the model starts from filed its errors long ago
        assertThat(events).filteredOn(e -> e.kind.equals("error")).hasSize(5).allMatch(e -> e.history);
        // the model's timers give every run seen at both ends exactly; only one going at the first poll is not
        assertThat(events)
                .filteredOn(e -> e.kind.equals("compressor-run"))
                .allSatisfy(e -> assertThat(e.ended).isGreaterThan(e.time))
                .filteredOn(e -> e.approximate)
                .hasSizeLessThanOrEqualTo(1);
    }
}
