package luxlogger.luxtronik.control;

import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.util.List;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Reading;

/**
 * Decoded readings written through JSON-P, so that {@code GET /api/readings/latest} and {@code dump --json}
 * describe a field and its value the same way: name, label, index, raw, value, unit.
 */
public final class ReadingsJson {

    private ReadingsJson() {}

    /**
     * One object per reading, into the array the caller has opened. The HTTP API also names each field's group
     * (its clients read it); the command line's dump never did, and the group begins the name anyway.
     */
    public static void write(JsonGenerator json, List<Reading> readings, boolean withGroup) {
        for (Reading reading : readings) {
            Field field = reading.field();
            json.writeStartObject().write("name", field.column()).write("label", field.label());
            if (withGroup) {
                json.write("group", field.group().key());
            }
            json.write("index", field.index()).write("raw", reading.raw());
            value(json, "value", reading);
            json.write("unit", field.unit()).writeEnd();
        }
    }

    /** The decoded value under {@code name}: numbers and flags bare, instants and labels as text, none as null. */
    public static void value(JsonGenerator json, String name, Reading reading) {
        Object value = reading.value();
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof BigDecimal decimal) {
            json.write(name, decimal);
        } else if (value instanceof Integer number) {
            json.write(name, number);
        } else if (value instanceof Boolean flag) {
            json.write(name, flag);
        } else {
            json.write(name, reading.text());
        }
    }
}
