package luxlogger.journal.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.Profile;

/**
 * Raw polls for the journal's tests: a real controller dump (read by the simulator's {@link Profile}) or zeroed
 * arrays of current firmware, changed value by value; {@link #at} takes a copy at a time.
 */
final class TestPolls {

    static final String BOUNI = "bouni_v3.78";
    static final String COOLCHIP = "coolchip_v1.80";
    static final Duration INTERVAL = Duration.ofSeconds(30);
    static final Instant T0 = Instant.parse("2026-01-14T06:00:00Z");

    private final int[] parameters;
    private final int[] calculations;
    private final byte[] visibilities;

    private TestPolls(Snapshot base) {
        parameters = base.parameters().clone();
        calculations = base.calculations().clone();
        visibilities = base.visibilities().clone();
    }

    /** A real dump, its controller clock (C134) set to follow the poll times from {@link #T0}. */
    static TestPolls dump(String name) {
        return new TestPolls(Profile.of(name).snapshot()).c(134, (int) T0.getEpochSecond());
    }

    /** Zeros at the lengths of current firmware: compressor still, utility allowed (C31 = 1), mode heating. */
    static TestPolls zeros() {
        var shape = Catalog.standard().shape();
        var zeros = new Snapshot(
                T0, new int[shape.parameters()], new int[shape.calculations()], new byte[shape.visibilities()]);
        return new TestPolls(zeros).c(31, 1).c(134, (int) T0.getEpochSecond());
    }

    TestPolls c(int index, int raw) {
        calculations[index] = raw;
        return this;
    }

    TestPolls p(int index, int raw) {
        parameters[index] = raw;
        return this;
    }

    int c(int index) {
        return calculations[index];
    }

    int p(int index) {
        return parameters[index];
    }

    /** Writes the firmware as the controller does: one character code per calculation 81-90, 0 after the end. */
    TestPolls firmware(String firmware) {
        for (int i = 0; i < 10; i++) {
            calculations[81 + i] = i < firmware.length() ? firmware.charAt(i) : 0;
        }
        return this;
    }

    /** A copy of the arrays as a poll at {@code time}; the controller clock moves with it unless set apart. */
    Snapshot at(Instant time) {
        return new Snapshot(time, parameters.clone(), calculations.clone(), visibilities.clone());
    }

    /** {@link #at} {@code seconds} after {@link #T0}, the controller's clock (C134) at the same time. */
    Snapshot after(long seconds) {
        c(134, (int) (T0.getEpochSecond() + seconds));
        return at(T0.plusSeconds(seconds));
    }

    static Instant t(long seconds) {
        return T0.plusSeconds(seconds);
    }

    static long ms(long seconds) {
        return t(seconds).toEpochMilli();
    }

    /** A walker of the standard catalog at the test interval. */
    static Walker walker(boolean first) {
        return new Walker(Catalog.standard(), INTERVAL, first);
    }

    static List<JournalEvent> of(List<JournalEvent> events, EventKind kind) {
        return events.stream().filter(kindIs(kind)).toList();
    }

    static Predicate<JournalEvent> kindIs(EventKind kind) {
        return e -> e.kind.equals(kind.key());
    }
}
