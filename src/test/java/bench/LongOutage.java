package bench;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import luxlogger.simulator.control.Simulator;

/**
 * The soak's long outage: the database locked away from the server (the soak's own {@code BEGIN EXCLUSIVE}) for
 * minutes while it polls every second, then given back. Meanwhile the polls go to the spill file; afterwards every
 * one of them must be in the database once, and the live heap after a full collection must be within 10 % of what
 * it was before, so that an outage leaves nothing behind in memory.
 */
final class LongOutage {

    /** The live heap after the outage may exceed the one before by this share. */
    static final double HEAP_TOLERANCE = 0.10;
    /** How long the buffer and the spill file may take to empty once the database takes writes again. */
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private static final Duration SAMPLE = Duration.ofSeconds(5);

    /**
     * What the outage did.
     *
     * @param from when the lock was taken, epoch ms
     * @param to when it was released, epoch ms
     * @param completeReads polls the simulator answered completely meanwhile
     * @param drainSeconds from the release until nothing waited in memory or in the spill file; -1 when it did not
     *     empty within a minute
     */
    record Result(
            long from,
            long to,
            long completeReads,
            double peakSpillBytes,
            double peakBuffered,
            long drainSeconds,
            double heapBeforeMiB,
            double heapAfterMiB) {

        double heapGrowth() {
            return heapAfterMiB / heapBeforeMiB - 1;
        }

        /** One line of figures. */
        String summary() {
            return String.format(
                    Locale.ROOT,
                    "soak: long outage of %d s: %d complete reads meanwhile, spill file up to %.0f kB (%.0f polls"
                            + " waiting), drained %s after the release; live heap after a full collection %.1f ->"
                            + " %.1f MiB (%+.1f %%)",
                    (to - from + 500) / 1000,
                    completeReads,
                    peakSpillBytes / 1024,
                    peakBuffered,
                    drainSeconds < 0 ? "not within " + DRAIN.toSeconds() + " s" : drainSeconds + " s",
                    heapBeforeMiB,
                    heapAfterMiB,
                    heapGrowth() * 100);
        }

        /** Its checks, once the server has stopped: the rows are final then. */
        List<Check> checks(StoredPolls polls) throws Exception {
            List<Check> checks = new ArrayList<>();
            checks.add(Check.of(
                    "outage: polls went to the spill file",
                    String.format(Locale.ROOT, "%.0f bytes at most", peakSpillBytes),
                    "> 0 while locked",
                    peakSpillBytes > 0));
            long rows = polls.countBetween(from, to);
            // a poll in flight as the lock is taken or released may fall on either side of the edge
            checks.add(Check.of(
                    "outage: its polls stored, once each",
                    rows + " rows timed inside it",
                    "= " + completeReads + " complete reads meanwhile (+-1 per edge)",
                    Math.abs(rows - completeReads) <= 2));
            checks.add(Check.of(
                    "outage: buffer and spill file emptied",
                    drainSeconds < 0 ? "not emptied" : drainSeconds + " s after the release",
                    "within " + DRAIN.toSeconds() + " s",
                    drainSeconds >= 0));
            checks.add(Check.of(
                    "outage: live heap after full GC, before vs after",
                    String.format(
                            Locale.ROOT,
                            "%.1f -> %.1f MiB (%+.1f %%)",
                            heapBeforeMiB,
                            heapAfterMiB,
                            heapGrowth() * 100),
                    String.format(Locale.ROOT, "<= +%.0f %%", HEAP_TOLERANCE * 100),
                    heapGrowth() <= HEAP_TOLERANCE));
            return checks;
        }
    }

    private LongOutage() {}

    /**
     * Locks the database for {@code seconds}, sampling as the soak does (into {@code samples}), releases it, waits
     * until everything is stored, and measures the live heap before and after.
     */
    static Result run(
            Simulator simulator,
            ServerHttp http,
            LibertyJvm jvm,
            StoredPolls polls,
            long started,
            long seconds,
            List<Soak.Sample> samples)
            throws Exception {
        // what the short locks left is stored first, so that the heap before holds no buffered polls
        Soak.drained(http);
        double heapBefore = Soak.liveHeapMiB(http, jvm);
        System.out.printf(
                Locale.ROOT,
                "%4d  long outage: live heap after a full collection %.1f MiB; database locked for %d s from now%n",
                Soak.seconds(started),
                heapBefore,
                seconds);
        long readsBefore = simulator.completeReads();
        long from = System.currentTimeMillis();
        Connection lock = Soak.lock(polls);
        double peakSpill = 0;
        double peakBuffered = 0;
        long end = Soak.seconds(started) + seconds;
        long nextSample = 0;
        for (long second = Soak.seconds(started); second < end; second = Soak.seconds(started)) {
            if (second >= nextSample) {
                Soak.Sample sample = Soak.sample(http, jvm, polls, second, true);
                samples.add(sample);
                System.out.println(sample);
                peakBuffered = Math.max(peakBuffered, sample.buffered());
                peakSpill = Math.max(peakSpill, spillBytes(http));
                nextSample = second + SAMPLE.toSeconds();
            }
            Thread.sleep(200);
        }
        Soak.release(lock);
        long to = System.currentTimeMillis();
        long completeReads = simulator.completeReads() - readsBefore;
        long released = System.nanoTime();
        Prometheus after = Soak.drained(http);
        boolean empty = after.get("luxlogger_buffer_polls") == 0 && after.get("luxlogger_spill_bytes") == 0;
        long drainSeconds =
                empty ? Duration.ofNanos(System.nanoTime() - released).toSeconds() : -1;
        double heapAfter = Soak.liveHeapMiB(http, jvm);
        var result = new Result(from, to, completeReads, peakSpill, peakBuffered, drainSeconds, heapBefore, heapAfter);
        System.out.println(result.summary());
        return result;
    }

    private static double spillBytes(ServerHttp http) {
        try {
            return http.metrics().get("luxlogger_spill_bytes");
        } catch (RuntimeException e) {
            // a sample the server did not answer: the liveness column says so
            return 0;
        }
    }
}
