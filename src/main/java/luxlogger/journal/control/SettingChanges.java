package luxlogger.journal.control;

import java.util.List;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * What people changed: every parameter the catalog marks as a setting whose raw value differs between two polls.
 * The counters, clocks and histories among the parameters are no settings ({@link Field#setting()}), so their
 * moving at every poll tells nothing; an index only one of the polls holds is skipped.
 */
final class SettingChanges {

    private final Catalog catalog;

    SettingChanges(Catalog catalog) {
        this.catalog = catalog;
    }

    void step(Snapshot prev, Snapshot cur, List<JournalEvent> out) {
        int[] before = prev.parameters();
        int[] after = cur.parameters();
        int length = Math.min(before.length, after.length);
        // compared raw first: a poll changes a handful of parameters out of about 1,100
        for (int index = 0; index < length; index++) {
            if (before[index] != after[index]) {
                Field field = catalog.field(Group.PARAMETERS, index);
                if (field.setting()) {
                    out.add(event(field, before[index], after[index], cur));
                }
            }
        }
    }

    private static JournalEvent event(Field field, int oldRaw, int newRaw, Snapshot cur) {
        Reading old = Decoder.decode(field, oldRaw);
        Reading now = Decoder.decode(field, newRaw);
        String text = field.label() + " " + shown(old.text()) + " -> " + shown(now.display());
        JournalEvent event = Events.event(EventKind.SETTING_CHANGE, cur.time(), field.name(), cur.time(), text);
        event.oldRaw = oldRaw;
        event.newRaw = newRaw;
        return event;
    }

    /** A value without text (a timestamp of 0, a version of 0) as a word rather than nothing. */
    private static String shown(String text) {
        return text.isEmpty() ? "none" : text;
    }
}
