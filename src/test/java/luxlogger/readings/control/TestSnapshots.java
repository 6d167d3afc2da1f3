package luxlogger.readings.control;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.Profile;

/** Snapshots for the tests: the real controller dumps in {@code /luxtronik/dumps}, and noisy polls of them. */
final class TestSnapshots {

    static final String BOUNI = "bouni_v3.78";
    static final String COOLCHIP = "coolchip_v1.80";

    private TestSnapshots() {}

    /** A real controller dump (read by the simulator's {@link Profile}, the one loader of the dumps), timed at {@code time}. */
    /** The snapshots as polls of the one controller of the single-controller days. */
    static List<ControllerPoll> heatpump(List<Snapshot> snapshots) {
        return snapshots.stream().map(s -> new ControllerPoll("heatpump", s)).toList();
    }

    static Snapshot dump(String name, Instant time) {
        Snapshot dump = Profile.of(name).snapshot();
        return new Snapshot(time, dump.parameters(), dump.calculations(), dump.visibilities());
    }

    /**
     * The dump with about forty values moved as a poll moves them: temperatures by a few tenths, counters
     * and clocks forward, now and then a state.
     */
    static Snapshot noisy(Snapshot base, SplittableRandom random, Instant time) {
        int[] calculations = base.calculations().clone();
        for (int i = 10; i <= 30; i++) {
            calculations[i] += random.nextInt(-30, 31);
        }
        for (int i = 56; i <= 75; i++) {
            calculations[i] += random.nextInt(0, 4000);
        }
        calculations[134] += random.nextInt(0, 20_000);
        for (int i = 150; i < Math.min(calculations.length, 182); i += 3) {
            calculations[i] += random.nextInt(-300, 301);
        }
        calculations[80] = random.nextInt(0, 8);
        return new Snapshot(time, base.parameters(), calculations, base.visibilities());
    }
}
