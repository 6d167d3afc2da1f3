package luxlogger.luxtronik.entity;

import java.math.BigDecimal;

/**
 * One decoded value of a snapshot: the field, the raw integer as received (for a derived field the raw
 * value of its first index) and the decoded value, which is null when there is none.
 */
public record Reading(Field field, int raw, Object value) {

    /** The value as text without unit: plain decimals, ISO-8601 instants, labels; empty when null. */
    public String text() {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** The text followed by the unit, e.g. {@code 45.4 °C}; only the text when there is no unit or value. */
    public String display() {
        String text = text();
        return text.isEmpty() || field.unit().isEmpty() ? text : text + " " + field.unit();
    }
}
