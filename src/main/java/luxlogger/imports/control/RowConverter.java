package luxlogger.imports.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import luxlogger.imports.entity.LegacyField;
import luxlogger.imports.entity.LegacyType;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Turns the rows of one earlier logger's database, in timestamp order, back into the raw polls they were decoded
 * from. The JSON of a row is read as a stream of keys and values into three arrays, without building an object of
 * 1,800 entries first. Values that cannot be turned back exactly are stored as 0 and counted per key.
 */
final class RowConverter {

    private static final JsonParserFactory JSON = Json.createParserFactory(Map.of());

    private final LegacyFields fields;
    private final LegacyClock clock;
    private final Tally tally;
    private final GroupSlots[] slots = new GroupSlots[Group.values().length];
    private final List<String> missed = new ArrayList<>();
    private final List<String> shared = new ArrayList<>();
    private int unplaced;

    RowConverter(LegacyFields fields, ZoneId zone, Tally tally) {
        this.fields = fields;
        this.clock = new LegacyClock(zone);
        this.tally = tally;
        for (Group group : Group.values()) {
            slots[group.ordinal()] = new GroupSlots(fields.defined(group));
        }
    }

    /** The poll of a row stamped at this time, counted in the tally. */
    Snapshot convert(Instant time, String json) throws RejectedRow {
        clear();
        clock.row(time);
        read(json);
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

    private void clear() {
        for (GroupSlots group : slots) {
            group.clear();
        }
        missed.clear();
        shared.clear();
        unplaced = 0;
    }

    private void read(String json) throws RejectedRow {
        try (JsonParser parser = JSON.createParser(new StringReader(json))) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                throw new RejectedRow("not a JSON object");
            }
            for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                place(key, parser.next(), parser);
            }
            if (parser.hasNext()) {
                throw new RejectedRow("broken JSON: more after the object");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new RejectedRow("broken JSON: " + e.getMessage());
        }
    }

    private void place(String key, Event event, JsonParser parser) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
        LegacyField field = fields.field(key);
        if (event == Event.VALUE_NULL) {
            return; // not sent, unless the array goes on beyond it (then convert counts it)
        }
        if (field == null) {
            missed.add(key);
            unplaced++;
            return;
        }
        GroupSlots group = slots[field.group().ordinal()];
        long raw = raw(field, event, parser);
        if (raw == Inverse.MISS || (field.group() == Group.VISIBILITIES && raw != (byte) raw)) {
            group.missed(field.index());
            missed.add(key);
        } else if (field.type() == LegacyType.BOOL && raw == 0) {
            group.quiet(field.index(), 0);
        } else {
            group.found(field.index(), (int) raw);
        }
    }

    private long raw(LegacyField field, Event event, JsonParser parser) {
        return switch (field.type()) {
            case BOOL -> event == Event.VALUE_TRUE ? 1 : event == Event.VALUE_FALSE ? 0 : Inverse.MISS;
            case RAW -> event == Event.VALUE_NUMBER ? integer(parser.getString()) : Inverse.MISS;
            case TENTHS -> event == Event.VALUE_NUMBER ? Inverse.scaled(parser.getString(), 10, 0.1) : Inverse.MISS;
            case HUNDREDTHS ->
                event == Event.VALUE_NUMBER ? Inverse.scaled(parser.getString(), 100, 0.01) : Inverse.MISS;
            case HOURS2 -> event == Event.VALUE_NUMBER ? Inverse.hours2(parser.getString()) : Inverse.MISS;
            default -> event == Event.VALUE_STRING ? text(field, parser.getString()) : Inverse.MISS;
        };
    }

    private long text(LegacyField field, String text) {
        return switch (field.type()) {
            case TIMESTAMP -> clock.raw(field.key(), text);
            case IPV4 -> Inverse.ipv4(text);
            case CHARACTER -> Inverse.character(text);
            case MAJOR_MINOR -> Inverse.majorMinor(text);
            case TIME_OF_DAY -> Inverse.timeOfDay(text);
            case TIME_OF_DAY2 -> Inverse.timeOfDay2(text);
            case SELECTION -> label(field, text);
            default -> Inverse.MISS;
        };
    }

    private long label(LegacyField field, String label) {
        Integer code = field.selection().code(label);
        if (code == null) {
            return Inverse.MISS;
        }
        if (field.selection().shared(label)) {
            shared.add(field.key());
        }
        return code;
    }

    /** A plain integer as python printed it; anything else (a fraction, an exponent, too large) is a miss. */
    private static long integer(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return Inverse.MISS;
        }
    }
}
