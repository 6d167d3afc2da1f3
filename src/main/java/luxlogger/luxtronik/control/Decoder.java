package luxlogger.luxtronik.control;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Turns the raw arrays of a snapshot into readings. Runs for every poll and for reports over thousands
 * of snapshots, so the field list of the last array lengths is kept (lengths change only with firmware)
 * and decoding one value is a switch and at most one small object. A value that cannot be decoded
 * becomes a reading without value; it never costs the other values of the snapshot.
 */
public final class Decoder {

    private static final System.Logger LOG = System.getLogger(Decoder.class.getName());
    /** Columns already reported as undecodable, so a broken rule logs once, not once per poll. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private final Catalog catalog;
    private volatile Layout layout = new Layout(null, List.of());

    private record Layout(Shape shape, List<Field> fields) {}

    public Decoder(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Every value of the snapshot in catalog order, including indices beyond the catalog. */
    public List<Reading> decode(Snapshot snapshot) {
        return decode(snapshot, fields(snapshot));
    }

    /** The readings of the given fields that the snapshot holds, in the order given. */
    public List<Reading> decode(Snapshot snapshot, List<Field> fields) {
        List<Reading> readings = new ArrayList<>(fields.size());
        for (Field field : fields) {
            if (snapshot.has(field.group(), field.index())) {
                readings.add(read(snapshot, field));
            }
        }
        return readings;
    }

    /** The reading of one field, empty when the snapshot's arrays are too short for it. */
    public Optional<Reading> decode(Snapshot snapshot, Field field) {
        return snapshot.has(field.group(), field.index()) ? Optional.of(read(snapshot, field)) : Optional.empty();
    }

    /** The firmware string the controller reports in calculations 81-90, e.g. {@code V3.78}; empty if none. */
    public static String firmware(Snapshot snapshot) {
        // called for every stored poll: the field is looked up once
        Field field = Firmware.FIELD;
        return snapshot.has(field.group(), field.index())
                ? read(snapshot, field).text()
                : "";
    }

    private static final class Firmware {
        static final Field FIELD =
                Catalog.standard().field("calculations.ID_WEB_SoftStand").orElseThrow();
    }

    /** The reading of one raw value of a single-index field. */
    public static Reading decode(Field field, int raw) {
        try {
            return new Reading(field, raw, field.type().decode(raw));
        } catch (RuntimeException e) {
            return undecodable(field, raw, e);
        }
    }

    private List<Field> fields(Snapshot snapshot) {
        Layout current = layout;
        Shape shape = snapshot.shape();
        if (!shape.equals(current.shape())) {
            current = new Layout(shape, catalog.fields(shape));
            layout = current;
        }
        return current.fields();
    }

    private static Reading read(Snapshot snapshot, Field field) {
        int raw = snapshot.raw(field.group(), field.index());
        if (!field.derived()) {
            return decode(field, raw);
        }
        try {
            return new Reading(field, raw, field.type().decode(span(snapshot, field)));
        } catch (RuntimeException e) {
            return undecodable(field, raw, e);
        }
    }

    /** The raw values a derived field covers, cut short where the snapshot ends. */
    private static int[] span(Snapshot snapshot, Field field) {
        Group group = field.group();
        int end = Math.min(field.index() + field.span(), snapshot.length(group));
        int[] raws = new int[end - field.index()];
        for (int i = 0; i < raws.length; i++) {
            raws[i] = snapshot.raw(group, field.index() + i);
        }
        return raws;
    }

    private static Reading undecodable(Field field, int raw, RuntimeException e) {
        if (REPORTED.add(field.column())) {
            LOG.log(
                    Level.WARNING,
                    "Cannot decode {0} = {1}, keeping the raw value only: {2}",
                    field.column(),
                    raw,
                    e.toString());
        }
        return new Reading(field, raw, null);
    }
}
