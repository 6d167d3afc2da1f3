package luxlogger.readings.control;

import java.util.Arrays;

/** A growable byte array with LEB128 varints, for the compact formats of {@link SnapshotCodec}. */
final class ByteWriter {

    private byte[] bytes;
    private int size;

    ByteWriter(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void write(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    void writeInt(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    /** An unsigned 32-bit value in 1 to 5 bytes, seven bits per byte, low bits first. */
    void varint(int value) {
        ensure(5);
        while ((value & ~0x7F) != 0) {
            bytes[size++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    /** A signed value as a varint of its zigzag form, so small magnitudes of either sign stay short. */
    void zigzag(int value) {
        varint(value << 1 ^ value >> 31);
    }

    /** Overwrites a byte already written, e.g. a bitmap filled in after its position was reserved. */
    void set(int position, int b) {
        bytes[position] = (byte) b;
    }

    /** Overwrites four reserved bytes with an int, big-endian. */
    void setInt(int position, int value) {
        bytes[position] = (byte) (value >>> 24);
        bytes[position + 1] = (byte) (value >>> 16);
        bytes[position + 2] = (byte) (value >>> 8);
        bytes[position + 3] = (byte) value;
    }

    /** Reserves bytes set later, zero-filled; returns their position. */
    int reserve(int length) {
        ensure(length);
        int position = size;
        Arrays.fill(bytes, size, size + length, (byte) 0);
        size += length;
        return position;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
