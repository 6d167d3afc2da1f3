package luxlogger.reports.control;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Bytes on their way to a file, in one large array. Rows of a report are thousands of short cells; copying
 * each into this array costs a bounds check and a copy, where a {@code Writer} would take a lock and encode
 * characters for every cell.
 */
final class RowBuffer {

    private static final int CAPACITY = 1 << 17;

    private final OutputStream out;
    private final byte[] bytes = new byte[CAPACITY];
    private int size;

    RowBuffer(OutputStream out) {
        this.out = out;
    }

    void put(byte[] cell) throws IOException {
        int length = cell.length;
        if (size + length > CAPACITY) {
            drain();
            if (length > CAPACITY) {
                out.write(cell);
                return;
            }
        }
        if (length == 1) {
            bytes[size++] = cell[0];
        } else {
            System.arraycopy(cell, 0, bytes, size, length);
            size += length;
        }
    }

    /** Writes out what is buffered. */
    void drain() throws IOException {
        if (size > 0) {
            out.write(bytes, 0, size);
            size = 0;
        }
    }
}
