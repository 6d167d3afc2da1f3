package luxlogger.journal.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The controller's own life: restarts, clock changes and firmware updates. The config interface has no uptime, so
 * a restart is inferred from what a booting controller does: its status line shows the grid switch-on delay, its
 * standstill timer starts again from 0 without a compressor start, it files switch-off 25 "restart", or its clock
 * jumps right after it could not be reached. A clock jump without such evidence is someone setting the clock.
 */
final class ControllerLife {

    // calculation indices: status line 3, compressor 1 running, its starts, its standstill time (s), the clock
    private static final int STATUS_LINE3 = 119;
    private static final int RUNNING = 44;
    private static final int STARTS = 57;
    private static final int STANDSTILL = 73;
    private static final int CLOCK = 134;

    /** Status line 3 "grid switch on delay": what a controller shows after power-up. */
    private static final int GRID_DELAY = 2;

    /** More than this between the controller's clock and the logger's is a jump, not drift or poll latency. */
    static final long JUMP_SECONDS = 120;

    /** Seconds the controller's clock gains on the logger's per second, 0 for a real one. */
    private double rate;

    private Pending pending;

    /**
     * @param failures failed polls between the two polls
     * @param restartFiled true when a new switch-off between them has the code "restart"
     */
    void step(Snapshot prev, Snapshot cur, int failures, boolean restartFiled, List<JournalEvent> out) {
        List<String> evidence = new ArrayList<>();
        Instant time = cur.time();
        if (Events.calculation(prev, STATUS_LINE3, GRID_DELAY) != GRID_DELAY
                && Events.calculation(cur, STATUS_LINE3, -1) == GRID_DELAY) {
            evidence.add("status grid switch-on delay");
        }
        if (standstillRestarted(prev, cur)) {
            int standstill = cur.calculations()[STANDSTILL];
            evidence.add("standstill timer restarted (" + prev.calculations()[STANDSTILL] + " s -> " + standstill
                    + " s) without a compressor start");
            time = Events.latest(prev.time(), cur.time().minusSeconds(standstill));
        }
        if (restartFiled) {
            evidence.add("switch-off " + SlotFiles.RESTART + " restart");
        }
        Long jump = jump(prev, cur);
        if (pending != null) {
            if (jump != null && Math.abs(offsetChange(prev, cur) - pending.rate * seconds(prev, cur)) <= JUMP_SECONDS) {
                rate = pending.rate;
                jump = null;
            } else {
                out.add(Events.event(EventKind.CLOCK_SET, pending.time, "", cur.time(), signed(pending.jump) + " s"));
            }
            pending = null;
        }
        if (jump != null && failures > 0) {
            evidence.add(
                    "clock " + signed(jump) + " s after " + failures + " failed " + (failures == 1 ? "poll" : "polls"));
        } else if (jump != null && !evidence.isEmpty()) {
            evidence.add("clock " + signed(jump) + " s");
        } else if (jump != null) {
            // known only at the next poll: a clock that keeps this pace runs at another rate (a simulator at speed)
            pending = new Pending(cur.time(), jump, rateBetween(prev, cur));
        }
        if (!evidence.isEmpty()) {
            String text = "controller restarted: " + String.join(", ", evidence);
            out.add(Events.event(EventKind.CONTROLLER_RESTART, time, "", cur.time(), text));
        }
        firmware(prev, cur, out);
    }

    /** The standstill timer fell while the compressor stood still at both polls and did not start in between. */
    private static boolean standstillRestarted(Snapshot prev, Snapshot cur) {
        return Events.both(prev, cur, STANDSTILL)
                && Events.both(prev, cur, STARTS)
                && Events.calculation(prev, RUNNING, 1) == 0
                && Events.calculation(cur, RUNNING, 1) == 0
                && cur.calculations()[STANDSTILL] < prev.calculations()[STANDSTILL]
                && cur.calculations()[STARTS] <= prev.calculations()[STARTS];
    }

    /**
     * How far the controller's clock moved against the logger's beyond its usual pace (the same as the logger's,
     * unless a steady other pace was seen), in s; null for less than a jump.
     */
    private Long jump(Snapshot prev, Snapshot cur) {
        if (Events.calculation(prev, CLOCK, 0) <= 0 || Events.calculation(cur, CLOCK, 0) <= 0) {
            return null;
        }
        long change = Math.round(offsetChange(prev, cur) - rate * seconds(prev, cur));
        return Math.abs(change) > JUMP_SECONDS ? change : null;
    }

    /** The change of the controller clock's offset against the poll times between two polls, in s. */
    private static long offsetChange(Snapshot prev, Snapshot cur) {
        return (Events.calculation(cur, CLOCK, 0) - cur.time().getEpochSecond())
                - (Events.calculation(prev, CLOCK, 0) - prev.time().getEpochSecond());
    }

    private static double seconds(Snapshot prev, Snapshot cur) {
        return Math.max(1, cur.time().getEpochSecond() - prev.time().getEpochSecond());
    }

    private static double rateBetween(Snapshot prev, Snapshot cur) {
        return offsetChange(prev, cur) / seconds(prev, cur);
    }

    /** A clock jump waiting for the next poll to tell a set clock from one that runs at another pace. */
    private record Pending(Instant time, long jump, double rate) {}

    private static String signed(long seconds) {
        return seconds > 0 ? "+" + seconds : Long.toString(seconds);
    }

    private static void firmware(Snapshot prev, Snapshot cur, List<JournalEvent> out) {
        String before = Decoder.firmware(prev);
        String after = Decoder.firmware(cur);
        if (before.equals(after)) {
            return;
        }
        String text = (before.isEmpty() ? "none" : before) + " -> " + (after.isEmpty() ? "none" : after);
        if (!prev.shape().equals(cur.shape())) {
            text += ", arrays " + lengths(prev) + " -> " + lengths(cur);
        }
        out.add(Events.event(EventKind.FIRMWARE_CHANGE, cur.time(), before, cur.time(), text));
    }

    private static String lengths(Snapshot poll) {
        return poll.parameters().length + "/" + poll.calculations().length + "/" + poll.visibilities().length;
    }
}
