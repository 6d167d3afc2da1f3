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
        if (jump != null && failures > 0) {
            evidence.add(
                    "clock " + signed(jump) + " s after " + failures + " failed " + (failures == 1 ? "poll" : "polls"));
        } else if (jump != null && !evidence.isEmpty()) {
            evidence.add("clock " + signed(jump) + " s");
        } else if (jump != null) {
            out.add(Events.event(EventKind.CLOCK_SET, cur.time(), "", cur.time(), signed(jump) + " s"));
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

    /** How far the controller's clock moved against the logger's, in s; null for less than a jump. */
    private static Long jump(Snapshot prev, Snapshot cur) {
        int before = Events.calculation(prev, CLOCK, 0);
        int after = Events.calculation(cur, CLOCK, 0);
        if (before <= 0 || after <= 0) {
            return null;
        }
        long change =
                (after - cur.time().getEpochSecond()) - (before - prev.time().getEpochSecond());
        return Math.abs(change) > JUMP_SECONDS ? change : null;
    }

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
