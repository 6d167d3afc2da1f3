package luxlogger.imports.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Map;
import java.util.NoSuchElementException;
import luxlogger.imports.entity.LegacyField;

/**
 * Reads a row's JSON with a JSON-P parser, event by event, without building an object of 1,800 entries: any JSON
 * at all, and the judge of what is broken. {@link FlatJson} reads the usual rows faster and leaves the rest here.
 */
final class JsonRow {

    private static final JsonParserFactory JSON = Json.createParserFactory(Map.of());

    private final LegacyFields fields;

    JsonRow(LegacyFields fields) {
        this.fields = fields;
    }

    void read(String json, RowValues values) throws RejectedRow {
        try (JsonParser parser = JSON.createParser(new StringReader(json))) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                throw new RejectedRow("not a JSON object");
            }
            for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                JsonKind kind = kind(parser.next(), parser);
                String text = kind == JsonKind.INTEGER || kind == JsonKind.REAL || kind == JsonKind.STRING
                        ? parser.getString()
                        : null;
                LegacyField field = fields.field(key);
                if (field == null) {
                    values.unknown(key, kind);
                } else {
                    values.put(field, values.convert(field, kind, text), RowValues.shared(field, kind, text));
                }
            }
            if (parser.hasNext()) {
                throw new RejectedRow("broken JSON: more after the object");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new RejectedRow("broken JSON: " + e.getMessage());
        }
    }

    private static JsonKind kind(Event event, JsonParser parser) {
        return switch (event) {
            case VALUE_NUMBER ->
                parser.isIntegralNumber() && integral(parser.getString()) ? JsonKind.INTEGER : JsonKind.REAL;
            case VALUE_STRING -> JsonKind.STRING;
            case VALUE_TRUE -> JsonKind.TRUE;
            case VALUE_FALSE -> JsonKind.FALSE;
            case VALUE_NULL -> JsonKind.NULL;
            case START_OBJECT -> {
                parser.skipObject();
                yield JsonKind.NESTED;
            }
            case START_ARRAY -> {
                parser.skipArray();
                yield JsonKind.NESTED;
            }
            default -> throw new IllegalStateException("unexpected " + event);
        };
    }

    /** Written without fraction or exponent: JSON-P calls 1.0 integral too, and python printed that for a float. */
    private static boolean integral(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }
}
