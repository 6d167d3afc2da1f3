package luxlogger.imports.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Turns the rows of one earlier logger's database, in timestamp order, back into the raw polls they were decoded
 * from, counting each in the tally. The usual row is read by {@link FlatJson}, any other by {@link JsonRow}, which
 * also rejects what is broken. Values that cannot be turned back exactly are stored as 0 and counted per key.
 */
final class RowConverter {

    private final RowValues values;
    private final FlatJson flat;
    private final JsonRow parser;
    private final Tally tally;

    RowConverter(LegacyFields fields, ZoneId zone, Tally tally) {
        this.values = new RowValues(fields, zone);
        this.flat = new FlatJson(fields);
        this.parser = new JsonRow(fields);
        this.tally = tally;
    }

    /** The poll of a row stamped at this time, its JSON as UTF-8 bytes. */
    Snapshot convert(Instant time, byte[] json) throws RejectedRow {
        values.row(time);
        boolean usual = flat.read(json, values);
        try {
            if (!usual) {
                values.clear();
                parser.read(new String(json, StandardCharsets.UTF_8), values);
            }
            Snapshot poll = values.snapshot(time, tally);
            if (usual) {
                flat.converted();
            } else {
                flat.forget();
            }
            return poll;
        } catch (RejectedRow e) {
            flat.forget();
            throw e;
        }
    }

    Snapshot convert(Instant time, String json) throws RejectedRow {
        return convert(time, json.getBytes(StandardCharsets.UTF_8));
    }
}
