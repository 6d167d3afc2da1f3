package luxlogger.journal.control;

import java.time.Duration;
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
 * What the heat pump did: compressor runs, defrosts, hot-water runs, utility locks and changes of the operating
 * mode. A span opens at the first poll that shows it and ends at the first poll that no longer does, so its ends
 * are good to one interval; where the polls before or after it were missing (the logger was down, the controller
 * unreachable) or it was already open at the walk's first poll, it is approximate.
 */
final class Operation {

    // calculation indices: operating mode, hot-water temperature, utility input (1 running allowed, 0 locked)
    private static final int MODE = 80;
    private static final int HOT_WATER_TEMPERATURE = 17;
    private static final int UTILITY = 31;

    // operating modes (C80)
    private static final int HOT_WATER = 1;
    private static final int DEFROST = 4;

    /** The last defrost's time, Unix s (P1119; air units with firmware that has it). */
    private static final int LAST_DEFROST = 1119;

    /** An open span: its start, whether the start is a guess, and a raw value taken at the start. */
    private record Open(Instant start, boolean approximate, int raw) {}

    private final Duration interval;
    private final Field mode;
    private final Field temperature;
    private final List<Compressor> compressors =
            List.of(new Compressor("VD1", 44, 56, 57, true), new Compressor("VD2", 45, 58, 59, false));

    private Open defrost;
    private Open hotWater;
    private Open lock;
    // the last defrost span that ended, so that the defrost time the controller files then is not a second one
    private Instant defrostFrom;
    private Instant defrostTo;

    Operation(Catalog catalog, Duration interval) {
        this.interval = interval;
        this.mode = catalog.field(Group.CALCULATIONS, MODE);
        this.temperature = catalog.field(Group.CALCULATIONS, HOT_WATER_TEMPERATURE);
    }

    /** The walk's first poll: spans it shows were open before it. */
    void begin(Snapshot first) {
        compressors.forEach(c -> c.begin(first));
        Open open = new Open(first.time(), true, Events.calculation(first, HOT_WATER_TEMPERATURE, 0));
        int now = Events.calculation(first, MODE, -1);
        defrost = now == DEFROST ? open : null;
        hotWater = now == HOT_WATER ? open : null;
        lock = Events.calculation(first, UTILITY, 1) == 0 ? open : null;
    }

    /** @param blind true when the controller's state just before {@code cur} is unknown */
    void step(Snapshot prev, Snapshot cur, boolean blind, List<JournalEvent> out) {
        compressors.forEach(c -> c.step(prev, cur, out));
        Instant time = cur.time();
        var opening = new Open(time, blind, Events.calculation(cur, HOT_WATER_TEMPERATURE, 0));
        int before = Events.calculation(prev, MODE, -1);
        int now = Events.calculation(cur, MODE, -1);
        if (before != now && before >= 0 && now >= 0) {
            String text = Decoder.decode(mode, before).text() + " -> "
                    + Decoder.decode(mode, now).text();
            out.add(Events.event(EventKind.OPERATING_MODE, time, "", time, text));
        }
        if (defrost != null && now != DEFROST) {
            out.add(close(EventKind.DEFROST, defrost, cur, blind, "defrost"));
            defrostFrom = defrost.start();
            defrostTo = time;
            defrost = null;
        } else if (defrost == null && now == DEFROST) {
            defrost = opening;
        }
        if (hotWater != null && now != HOT_WATER) {
            String text = Decoder.decode(temperature, hotWater.raw()).text() + " -> "
                    + Decoder.decode(temperature, opening.raw()).display() + ",";
            out.add(close(EventKind.HOT_WATER_RUN, hotWater, cur, blind, text));
            hotWater = null;
        } else if (hotWater == null && now == HOT_WATER) {
            hotWater = opening;
        }
        int utility = Events.calculation(cur, UTILITY, -1);
        if (lock != null && utility == 1) {
            out.add(close(EventKind.UTILITY_LOCK, lock, cur, blind, "utility lock"));
            lock = null;
        } else if (lock == null && utility == 0 && Events.calculation(prev, UTILITY, -1) != 0) {
            lock = opening;
        }
        filedDefrost(prev, cur, out);
    }

    private static JournalEvent close(EventKind kind, Open open, Snapshot cur, boolean blind, String what) {
        String text = what + " " + Events.duration(Duration.between(open.start(), cur.time()));
        return Events.span(kind, open.start(), cur.time(), cur.time(), text, open.approximate() || blind);
    }

    /**
     * A new last-defrost time that no defrost span seen in the polls explains: a defrost wholly between two polls.
     * Its length is unknown, so it is an approximate span of no length at the time the controller filed.
     */
    private void filedDefrost(Snapshot prev, Snapshot cur, List<JournalEvent> out) {
        if (!prev.has(Group.PARAMETERS, LAST_DEFROST) || !cur.has(Group.PARAMETERS, LAST_DEFROST)) {
            return;
        }
        int filed = cur.parameters()[LAST_DEFROST];
        if (filed <= 0 || filed == prev.parameters()[LAST_DEFROST]) {
            return;
        }
        Instant time = Instant.ofEpochSecond(filed);
        boolean inOpen = defrost != null && !time.isBefore(defrost.start().minus(interval));
        boolean inLast = defrostTo != null
                && !time.isBefore(defrostFrom.minus(interval))
                && !time.isAfter(defrostTo.plus(interval));
        if (!inOpen && !inLast) {
            String text = "defrost between polls (filed by the controller)";
            out.add(Events.span(EventKind.DEFROST, time, time, cur.time(), text, true));
        }
    }
}
