package luxlogger.imports.control;

import java.util.Arrays;

/**
 * The raw values of one group of one row as they are found, in any key order, and the array they make. The
 * controller sent as many values as the array it answered with; python-luxtronik printed null for every index it
 * knew beyond that, so the array ends after the highest index with a value. Two values say nothing of the length:
 * a Bool reads false also where nothing was sent, and null is also a selection code python-luxtronik had no label
 * for.
 */
final class GroupSlots {

    private static final byte EMPTY = 0;
    private static final byte FOUND = 1;
    private static final byte MISSED = 2;

    private int[] raw;
    private byte[] state;
    private int top = -1;

    GroupSlots(int size) {
        raw = new int[size];
        state = new byte[size];
    }

    /** Forgets the row before. */
    void clear() {
        Arrays.fill(state, EMPTY);
        top = -1;
    }

    /** A raw value that shows the controller sent this index. */
    void found(int index, int value) {
        put(index, value, FOUND);
        top = Math.max(top, index);
    }

    /** A raw value that may as well stand for nothing sent (a false Bool). */
    void quiet(int index, int value) {
        put(index, value, FOUND);
    }

    /** A value that shows this index was sent but cannot be turned back. */
    void missed(int index) {
        put(index, 0, MISSED);
        top = Math.max(top, index);
    }

    /** How many values the controller sent. */
    int length() {
        return top + 1;
    }

    /** True when an index inside the array has neither a value nor a miss: it must be counted as one. */
    boolean empty(int index) {
        return state[index] == EMPTY;
    }

    /** The array as the controller sent it, with 0 where a value could not be turned back. */
    int[] values() {
        int[] values = Arrays.copyOf(raw, length());
        for (int i = 0; i < values.length; i++) {
            if (state[i] != FOUND) {
                values[i] = 0;
            }
        }
        return values;
    }

    private void put(int index, int value, byte kind) {
        if (index >= raw.length) {
            int size = Math.max(index + 1, raw.length * 2);
            raw = Arrays.copyOf(raw, size);
            state = Arrays.copyOf(state, size);
        }
        raw[index] = value;
        state[index] = kind;
    }
}
