package luxlogger.journal.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;

/**
 * A stored event as users read it: a setting's old and new raw values decoded by its field (the event's
 * subject), with the field's unit.
 *
 * @param old the decoded value before, null without one: an Integer, BigDecimal, Boolean, Instant or String
 * @param now the decoded value after
 * @param unit the field's unit, null without one
 */
public record DecodedEvent(JournalEvent event, Object old, Object now, String unit) {

    public static DecodedEvent of(JournalEvent event, Catalog catalog) {
        if (event.oldRaw == null && event.newRaw == null) {
            return new DecodedEvent(event, null, null, null);
        }
        Optional<Field> field = catalog.field(event.subject);
        if (field.isEmpty()) {
            // a field no longer in the catalog: its raw values are all there is
            return new DecodedEvent(event, event.oldRaw, event.newRaw, null);
        }
        String unit = field.get().unit();
        return new DecodedEvent(
                event,
                value(field.get(), event.oldRaw),
                value(field.get(), event.newRaw),
                unit.isEmpty() ? null : unit);
    }

    private static Object value(Field field, Integer raw) {
        return raw == null ? null : Decoder.decode(field, raw).value();
    }

    /** The event in the shape of {@code GET /api/events}: times ISO-8601 UTC, values as numbers where they are. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", Instant.ofEpochMilli(event.time).toString());
        json.put(
                "ended",
                event.ended == null ? null : Instant.ofEpochMilli(event.ended).toString());
        json.put("kind", event.kind);
        json.put("subject", event.subject);
        json.put("code", event.code);
        json.put("text", event.text);
        json.put("old", plain(old));
        json.put("new", plain(now));
        json.put("unit", unit);
        json.put("history", event.history);
        json.put("approximate", event.approximate);
        json.put("detected", Instant.ofEpochMilli(event.detected).toString());
        return json;
    }

    private static Object plain(Object value) {
        return value == null || value instanceof Number || value instanceof Boolean ? value : value.toString();
    }

    /** A decoded decimal, for a table that spells it in its dialect. */
    static Object number(Object value) {
        return value instanceof BigDecimal decimal ? decimal.doubleValue() : value;
    }
}
