package luxlogger.imports.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import luxlogger.imports.entity.LegacyField;

/**
 * Reads the usual row fast: python's {@code json.dumps} of a flat dict, straight from the UTF-8 bytes. The earlier
 * logger wrote the same keys in the same order at every poll, and most values do not change from one poll to the
 * next, so a key is first compared with the one at its place in the row before, and a value whose bytes equal the
 * row before's is placed as it was converted then. Only a strict subset of JSON is read here (no escapes, nothing
 * beyond ASCII, no nesting); on anything else it gives up, and {@link JsonRow} reads the row instead, so that it
 * alone judges what is broken. One reader reads the rows of one file, in order.
 */
final class FlatJson {

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final LegacyFields fields;
    private RowMemory before = new RowMemory();
    private RowMemory now = new RowMemory();
    private byte[] json;
    private int at;

    FlatJson(LegacyFields fields) {
        this.fields = fields;
    }

    /** Reads a row into the values; false, with the values half placed, when the row is not of the usual kind. */
    boolean read(byte[] row, RowValues values) {
        json = row;
        at = 0;
        now.start(row);
        if (!space() || json[at++] != '{' || !space()) {
            return false;
        }
        if (json[at] == '}') {
            at++;
            return !space();
        }
        while (member(values) && space()) {
            byte next = json[at++];
            if (next == '}') {
                return !space(); // nothing but white space after the object
            }
            if (next != ',' || !space()) {
                return false;
            }
        }
        return false;
    }

    /** The row was converted: its values may be placed again for the row after it. */
    void converted() {
        RowMemory spare = before;
        before = now;
        now = spare;
    }

    /** The row was read another way or gave no poll: nothing of the rows so far is to be placed again. */
    void forget() {
        before.start(null);
    }

    private boolean member(RowValues values) {
        int place = now.size();
        int keyFrom = at + 1;
        // a key or value with the bytes of the row before's is of the kind read here: no need to scan it again
        boolean sameKey = before.sameKeyAt(place, json, at);
        if (sameKey) {
            at = before.keyEnd(place, keyFrom);
        } else if (!string()) {
            return false;
        }
        int keyTo = at - 1;
        if (!space() || json[at++] != ':' || !space()) {
            return false;
        }
        int valueFrom = at;
        boolean sameValue = sameKey && before.sameValueAt(place, json, at);
        JsonKind kind = sameValue ? before.kind(place) : value();
        if (kind == null) {
            return false;
        }
        at = sameValue ? before.valueEnd(place, valueFrom) : at;
        now.add(keyFrom, keyTo, valueFrom, at, kind);
        LegacyField field = sameKey ? before.field(place) : fields.field(ascii(keyFrom, keyTo));
        if (field == null) {
            values.unknown(ascii(keyFrom, keyTo), kind);
            return true;
        }
        if (sameValue) {
            now.converted(place, field, before.raw(place), before.shared(place));
        } else {
            int quote = kind == JsonKind.STRING ? 1 : 0;
            String text = kind == JsonKind.TRUE || kind == JsonKind.FALSE || kind == JsonKind.NULL
                    ? null
                    : ascii(valueFrom + quote, at - quote);
            now.converted(place, field, values.convert(field, kind, text), RowValues.shared(field, kind, text));
        }
        values.put(field, now.raw(place), now.shared(place));
        return true;
    }

    private String ascii(int from, int to) {
        return new String(json, from, to - from, StandardCharsets.US_ASCII);
    }

    /** Skips JSON white space; false at the end of the text. */
    private boolean space() {
        while (at < json.length && (json[at] == ' ' || json[at] == '\n' || json[at] == '\r' || json[at] == '\t')) {
            at++;
        }
        return at < json.length;
    }

    /** A string of printable ASCII without escapes, quotes included. */
    private boolean string() {
        if (json[at++] != '"') {
            return false;
        }
        while (at < json.length) {
            byte b = json[at++];
            if (b == '"') {
                return true;
            }
            if (b < 0x20 || b == '\\' || b == 0x7F) {
                return false; // a control character, an escape, or a byte beyond ASCII (negative)
            }
        }
        return false;
    }

    private JsonKind value() {
        byte first = json[at];
        if (first == '"') {
            return string() ? JsonKind.STRING : null;
        }
        if (first == '-' || (first >= '0' && first <= '9')) {
            return number();
        }
        return word(TRUE) ? JsonKind.TRUE : word(FALSE) ? JsonKind.FALSE : word(NULL) ? JsonKind.NULL : null;
    }

    private boolean word(byte[] word) {
        boolean found = Arrays.equals(json, at, Math.min(json.length, at + word.length), word, 0, word.length);
        at += found ? word.length : 0;
        return found;
    }

    /** A number as JSON has them: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private JsonKind number() {
        if (json[at] == '-') {
            at++;
        }
        if (at < json.length && json[at] == '0') {
            at++;
        } else if (digits() == 0) {
            return null;
        }
        boolean integer = true;
        if (at < json.length && json[at] == '.') {
            at++;
            integer = false;
            if (digits() == 0) {
                return null;
            }
        }
        if (at < json.length && (json[at] == 'e' || json[at] == 'E')) {
            at++;
            integer = false;
            if (at < json.length && (json[at] == '+' || json[at] == '-')) {
                at++;
            }
            if (digits() == 0) {
                return null;
            }
        }
        return integer ? JsonKind.INTEGER : JsonKind.REAL;
    }

    private int digits() {
        int from = at;
        while (at < json.length && json[at] >= '0' && json[at] <= '9') {
            at++;
        }
        return at - from;
    }
}
