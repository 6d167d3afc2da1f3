package luxlogger.readings.control;

/**
 * Reads what {@link ByteWriter} wrote, from a part of a byte array; running past the end or an overlong
 * varint is a {@link CorruptDataException}, never an index error or a wrong value.
 */
final class ByteReader {

    private final byte[] bytes;
    private final int end;
    private int position;

    ByteReader(byte[] bytes, int offset, int end) {
        this.bytes = bytes;
        this.position = offset;
        this.end = end;
    }

    int read() throws CorruptDataException {
        if (position >= end) {
            throw new CorruptDataException("truncated: ends at byte " + position);
        }
        return bytes[position++] & 0xFF;
    }

    int readInt() throws CorruptDataException {
        return read() << 24 | read() << 16 | read() << 8 | read();
    }

    int varint() throws CorruptDataException {
        // most differences fit one byte: a year's chart reads some fifty million of them
        if (position < end && bytes[position] >= 0) {
            return bytes[position++];
        }
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = read();
            if (shift == 28 && (b & 0xF0) != 0) {
                throw new CorruptDataException("varint longer than 32 bits at byte " + (position - 1));
            }
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new AssertionError("unreachable");
    }

    int zigzag() throws CorruptDataException {
        int raw = varint();
        return raw >>> 1 ^ -(raw & 1);
    }

    /** A non-negative varint no larger than max, e.g. a length that must fit what follows. */
    int count(int max, String what) throws CorruptDataException {
        int value = varint();
        if (value < 0 || value > max) {
            throw new CorruptDataException(what + " " + Integer.toUnsignedString(value) + " exceeds " + max);
        }
        return value;
    }

    int position() {
        return position;
    }

    int remaining() {
        return end - position;
    }

    void skip(int length) throws CorruptDataException {
        if (length > remaining()) {
            throw new CorruptDataException("truncated: " + length + " bytes wanted at byte " + position);
        }
        position += length;
    }
}
