package luxlogger.imports.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import luxlogger.imports.entity.LegacyField;
import luxlogger.imports.entity.LegacyType;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The values of one row as its JSON is read, turned back into raw integers and placed in the three arrays, with
 * the keys whose values could not be turned back exactly (stored as 0) and those whose labels several codes share.
 * Conversion and placement are apart so that a reader may place a value it converted in the row before again.
 */
final class RowValues {

    /** A null value: nothing to place. */
    static final long NONE = Long.MIN_VALUE + 1;

    private final LegacyFields fields;
    private final LegacyClock clock;
    private final GroupSlots[] slots = new GroupSlots[Group.values().length];
    private final List<String> missed = new ArrayList<>();
    private final List<String> shared = new ArrayList<>();
    private int unplaced;

    RowValues(LegacyFields fields, ZoneId zone) {
        this.fields = fields;
        this.clock = new LegacyClock(zone);
        for (Group group : Group.values()) {
            slots[group.ordinal()] = new GroupSlots(fields.defined(group));
        }
    }

    /** A new row stamped at this time; forgets what was placed for the row before. */
    void row(Instant time) {
        clock.row(time);
        clear();
    }

    /** Starts the current row over, to read it another way. */
    void clear() {
        for (GroupSlots group : slots) {
            group.clear();
        }
        missed.clear();
        shared.clear();
        unplaced = 0;
    }

    /** The raw integer of a value, {@link Inverse#MISS}, or {@link #NONE} for null. */
    long convert(LegacyField field, JsonKind kind, String text) {
        if (kind == JsonKind.NULL) {
            return NONE;
        }
        boolean number = kind == JsonKind.INTEGER || kind == JsonKind.REAL;
        return switch (field.type()) {
            case BOOL -> kind == JsonKind.TRUE ? 1 : kind == JsonKind.FALSE ? 0 : Inverse.MISS;
            case RAW -> kind == JsonKind.INTEGER ? integer(text) : Inverse.MISS;
            case TENTHS -> number ? Inverse.scaled(text, 10, 0.1) : Inverse.MISS;
            case HUNDREDTHS -> number ? Inverse.scaled(text, 100, 0.01) : Inverse.MISS;
            case HOURS2 -> number ? Inverse.hours2(text) : Inverse.MISS;
            default -> kind == JsonKind.STRING ? text(field, text) : Inverse.MISS;
        };
    }

    /** True when the value is a label that several codes share, so its code may be another than the one sent. */
    static boolean shared(LegacyField field, JsonKind kind, String text) {
        return field.type() == LegacyType.SELECTION
                && kind == JsonKind.STRING
                && field.selection().shared(text);
    }

    /** Places what {@link #convert} gave for the field. */
    void put(LegacyField field, long raw, boolean shared) {
        GroupSlots group = slots[field.group().ordinal()];
        if (raw == NONE) {
            return; // not sent, unless the array goes on beyond it (then snapshot counts it)
        }
        if (raw == Inverse.MISS || (field.group() == Group.VISIBILITIES && raw != (byte) raw)) {
            group.missed(field.index());
            missed.add(field.key());
        } else if (field.type() == LegacyType.BOOL && raw == 0) {
            group.quiet(field.index(), 0); // also what python-luxtronik printed for a Bool not sent
        } else {
            group.found(field.index(), (int) raw);
        }
        if (shared) {
            this.shared.add(field.key());
        }
    }

    /** A key python-luxtronik 7a0eda74 did not have: its value has no place. */
    void unknown(String key, JsonKind kind) {
        if (kind != JsonKind.NULL) {
            missed.add(key);
            unplaced++;
        }
    }

    /** The poll the row gives, counted in the tally; the clock takes the row's timestamps as known. */
    Snapshot snapshot(Instant time, Tally tally) throws RejectedRow {
        for (Group group : Group.values()) {
            GroupSlots found = slots[group.ordinal()];
            for (int i = 0; i < found.length(); i++) {
                if (found.empty(i)) {
                    missed.add(fields.key(group, i));
                }
            }
        }
        int[] visibilities = slots[Group.VISIBILITIES.ordinal()].values();
        byte[] bytes = new byte[visibilities.length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) visibilities[i];
        }
        var snapshot = new Snapshot(
                time, slots[Group.PARAMETERS.ordinal()].values(), slots[Group.CALCULATIONS.ordinal()].values(), bytes);
        if (snapshot.size() == 0) {
            throw new RejectedRow("no values of the controller");
        }
        clock.converted();
        tally.converted(snapshot.size() + (long) unplaced, missed, shared);
        return snapshot;
    }

    private long text(LegacyField field, String text) {
        return switch (field.type()) {
            case TIMESTAMP -> clock.raw(field.key(), text);
            case IPV4 -> Inverse.ipv4(text);
            case CHARACTER -> Inverse.character(text);
            case MAJOR_MINOR -> Inverse.majorMinor(text);
            case TIME_OF_DAY -> Inverse.timeOfDay(text);
            case TIME_OF_DAY2 -> Inverse.timeOfDay2(text);
            case SELECTION -> {
                Integer code = field.selection().code(text);
                yield code == null ? Inverse.MISS : code;
            }
            default -> Inverse.MISS;
        };
    }

    /** A plain integer as python printed it; anything else (too large for 32 bits) is a miss. */
    private static long integer(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return Inverse.MISS;
        }
    }
}
