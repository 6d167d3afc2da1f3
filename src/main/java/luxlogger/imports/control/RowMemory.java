package luxlogger.imports.control;

import java.util.Arrays;
import luxlogger.imports.entity.LegacyField;

/**
 * Where each key and value of a row lies in its bytes, what kind each value is and what it was converted to, by
 * its place in the row: what {@link FlatJson} compares the next row with.
 */
final class RowMemory {

    private byte[] json;
    private int size;
    private int[] keyFrom = new int[0];
    private int[] keyTo = new int[0];
    private int[] valueFrom = new int[0];
    private int[] valueTo = new int[0];
    private JsonKind[] kinds = new JsonKind[0];
    private LegacyField[] fields = new LegacyField[0];
    private long[] raw = new long[0];
    private boolean[] shared = new boolean[0];

    /** Remembers a new row; null remembers none. */
    void start(byte[] row) {
        json = row;
        size = 0;
    }

    int size() {
        return size;
    }

    /** The next key and value of the row, the key without its quotes. */
    void add(int keyStart, int keyEnd, int valueStart, int valueEnd, JsonKind kind) {
        if (size == fields.length) {
            int capacity = Math.max(2048, size * 2);
            keyFrom = Arrays.copyOf(keyFrom, capacity);
            keyTo = Arrays.copyOf(keyTo, capacity);
            valueFrom = Arrays.copyOf(valueFrom, capacity);
            valueTo = Arrays.copyOf(valueTo, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            fields = Arrays.copyOf(fields, capacity);
            raw = Arrays.copyOf(raw, capacity);
            shared = Arrays.copyOf(shared, capacity);
        }
        keyFrom[size] = keyStart;
        keyTo[size] = keyEnd;
        valueFrom[size] = valueStart;
        valueTo[size] = valueEnd;
        kinds[size] = kind;
        fields[size] = null;
        size++;
    }

    /** What the value at a place was converted to. */
    void converted(int place, LegacyField field, long value, boolean sharedLabel) {
        fields[place] = field;
        raw[place] = value;
        shared[place] = sharedLabel;
    }

    /** True when this row had a known key at the place and the other text has it, quoted, at {@code at}. */
    boolean sameKeyAt(int place, byte[] other, int at) {
        if (json == null || place >= size || fields[place] == null) {
            return false;
        }
        int end = at + keyTo[place] - keyFrom[place] + 2;
        return end <= other.length && Arrays.equals(json, keyFrom[place] - 1, keyTo[place] + 1, other, at, end);
    }

    /** Where the quoted key ends in the other text, whose key starts (after its quote) at {@code from}. */
    int keyEnd(int place, int from) {
        return from + keyTo[place] - keyFrom[place] + 1;
    }

    /**
     * True when the other text has this row's value at the place at {@code at}, followed by what may follow a
     * value: 45 at the start of 450 would make the row unusual, and the parser would read it again.
     */
    boolean sameValueAt(int place, byte[] other, int at) {
        int end = valueEnd(place, at);
        return end < other.length
                && Arrays.equals(json, valueFrom[place], valueTo[place], other, at, end)
                && (other[end] == ','
                        || other[end] == '}'
                        || other[end] == ' '
                        || other[end] == '\n'
                        || other[end] == '\r'
                        || other[end] == '\t');
    }

    /** Where the value ends in the other text, whose value starts at {@code from}. */
    int valueEnd(int place, int from) {
        return from + valueTo[place] - valueFrom[place];
    }

    JsonKind kind(int place) {
        return kinds[place];
    }

    LegacyField field(int place) {
        return fields[place];
    }

    long raw(int place) {
        return raw[place];
    }

    boolean shared(int place) {
        return shared[place];
    }
}
