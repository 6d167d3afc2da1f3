package luxlogger.reports.control;

import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.math.BigDecimal;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * JSON Lines: per poll one object on a line, {@code time} (the ISO-8601 instant) first, then
 * {@code "group.name": value} per field in catalog order. Values as {@code GET /api/readings} gives them (see
 * {@link luxlogger.luxtronik.control.ReadingsJson#value}): numbers and flags bare ({@code 45.4}, {@code true}),
 * instants, times of day and labels as strings, an undecodable value as {@code null}; a field beyond an older
 * firmware's arrays is left out of that poll's object, as in the JSON answer. No header: the keys name themselves.
 */
final class JsonLines extends Rows {

    /** Looked up once: {@code Json.createValue} looks the provider up at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final byte[] NONE = {};
    private static final byte[] END = bytes("}\n");

    private final int columns;

    JsonLines(Decoder decoder, Columns columns) {
        super(decoder, columns);
        this.columns = columns.size() + 1;
    }

    @Override
    void header(RowBuffer out) {
        // a JSON Lines file is its objects only
    }

    @Override
    int columns() {
        return columns;
    }

    @Override
    void begin(Snapshot snapshot, RowBuffer out) throws IOException {
        out.put(bytes("{\"time\":\"" + snapshot.time() + "\""));
    }

    @Override
    byte[] cell(Field field, Reading reading) {
        return bytes("," + JSON.createValue(field.column()) + ":" + value(reading));
    }

    /** The JSON text of a reading's value, as {@code ReadingsJson.value} writes it. */
    static String value(Reading reading) {
        Object value = reading.value();
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.createValue(decimal).toString();
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        // escaped by JSON-P itself: quotes, backslashes, line breaks and other control characters
        return JSON.createValue(reading.text()).toString();
    }

    @Override
    byte[] absent() {
        return NONE;
    }

    @Override
    void end(RowBuffer out) throws IOException {
        out.put(END);
    }
}
