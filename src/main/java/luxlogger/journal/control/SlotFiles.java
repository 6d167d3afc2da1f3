package luxlogger.journal.control;

import java.time.Instant;
import java.util.List;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The controller's error file and its two switch-off files: five (time, code) slots each, repeated in every poll
 * and overwritten when full. A pair is new when the previous poll does not hold it (set difference), so neither the
 * order of the slots (the switch-off files are ring buffers) nor the error count (it stops at 5) matters.
 */
final class SlotFiles {

    /** Switch-off code 25, "restart": evidence of a controller restart. */
    static final int RESTART = 25;

    private static final int SLOTS = 5;

    /** One file: where its times and codes are, and whether code 0 is an empty slot. */
    private record File(EventKind kind, String prefix, String note, int times, int codes, boolean zeroEmpty) {}

    private static final List<File> FILES = List.of(
            new File(EventKind.ERROR, "", "", 95, 100, true),
            // code 0 is a real switch-off (coolchip's C108), so only time 0 marks an empty slot
            new File(EventKind.SWITCH_OFF, "1:", "", 111, 106, false),
            new File(EventKind.SWITCH_OFF, "2:", " (second switch-off file)", 222, 217, false));

    private final Catalog catalog;

    SlotFiles(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The pairs of {@code cur} that {@code prev} does not hold, each once.
     *
     * @param prev the poll before, or null when there is none: then every pair is new
     * @param history true for the controller's first poll, whose slots are history rather than new alarms
     * @return true when a new switch-off has the code "restart"
     */
    boolean step(Snapshot prev, Snapshot cur, boolean history, List<JournalEvent> out) {
        boolean restart = false;
        for (File file : FILES) {
            if (!cur.has(Group.CALCULATIONS, file.codes() + SLOTS - 1)
                    || !cur.has(Group.CALCULATIONS, file.times() + SLOTS - 1)) {
                continue;
            }
            for (int slot = 0; slot < SLOTS; slot++) {
                int time = cur.calculations()[file.times() + slot];
                int code = cur.calculations()[file.codes() + slot];
                if (time <= 0 || (file.zeroEmpty() && code == 0)) {
                    continue;
                }
                if (holds(cur, file, slot, time, code) || (prev != null && holds(prev, file, SLOTS, time, code))) {
                    continue;
                }
                out.add(event(file, time, code, cur.time(), history));
                restart |= file.kind() == EventKind.SWITCH_OFF && code == RESTART;
            }
        }
        return restart;
    }

    /** True when one of the first {@code slots} slots of the file holds the pair. */
    private static boolean holds(Snapshot poll, File file, int slots, int time, int code) {
        if (!poll.has(Group.CALCULATIONS, file.codes() + SLOTS - 1)
                || !poll.has(Group.CALCULATIONS, file.times() + SLOTS - 1)) {
            return false;
        }
        for (int slot = 0; slot < slots; slot++) {
            if (poll.calculations()[file.times() + slot] == time && poll.calculations()[file.codes() + slot] == code) {
                return true;
            }
        }
        return false;
    }

    private JournalEvent event(File file, int time, int code, Instant detected, boolean history) {
        Field field = catalog.field(Group.CALCULATIONS, file.codes());
        String text = code + " " + Decoder.decode(field, code).text() + file.note();
        JournalEvent event =
                Events.event(file.kind(), Instant.ofEpochSecond(time), file.prefix() + code, detected, text);
        event.code = code;
        event.history = history;
        return event;
    }
}
