package luxlogger.readings.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * One record of a {@link SpillFile}: magic {@code LXS2}, body length (int), epoch second (long), nanosecond
 * (int), body, CRC32 of length, time and body; big-endian. The body is the controller's name (a length byte and
 * its ASCII characters) and the payload. The magic lets a reader find the next record after damage; the CRC
 * tells a complete record from a torn or damaged one. Records of the single-controller days ({@code LXS1}) have
 * no name in their body: they are read with a null controller.
 *
 * @param controller the controller's name; null for a record of the single-controller days
 */
record SpillRecord(Instant time, String controller, byte[] payload) {

    private static final int MAGIC = 0x4C585332;
    private static final int MAGIC_UNNAMED = 0x4C585331;
    /** Magic, length, second, nanosecond before the payload; CRC32 after it. */
    private static final int HEAD = 4 + 4 + 8 + 4;

    private static final int OVERHEAD = HEAD + 4;
    private static final int MAX_PAYLOAD = 1 << 20;

    /** Bytes the record takes in the file. */
    int length() {
        return OVERHEAD + bodyLength();
    }

    private int bodyLength() {
        return controller == null ? payload.length : 1 + controller.length() + payload.length;
    }

    ByteBuffer frame() {
        ByteBuffer record = ByteBuffer.allocate(length());
        record.putInt(controller == null ? MAGIC_UNNAMED : MAGIC)
                .putInt(bodyLength())
                .putLong(time.getEpochSecond())
                .putInt(time.getNano());
        if (controller != null) {
            byte[] name = controller.getBytes(StandardCharsets.US_ASCII);
            record.put((byte) name.length).put(name);
        }
        record.put(payload);
        record.putInt(crc(record.array(), bodyLength()));
        return record.flip();
    }

    /** The complete, intact record starting at this position of a file of this length, or null. */
    static SpillRecord at(FileChannel channel, long at, long length) throws IOException {
        if (length - at < OVERHEAD) {
            return null;
        }
        ByteBuffer head = ByteBuffer.allocate(8);
        read(channel, head, at);
        int magic = head.getInt(0);
        int payloadLength = head.getInt(4);
        if ((magic != MAGIC && magic != MAGIC_UNNAMED)
                || payloadLength < 0
                || payloadLength > MAX_PAYLOAD
                || payloadLength > length - at - OVERHEAD) {
            return null;
        }
        ByteBuffer record = ByteBuffer.allocate(OVERHEAD + payloadLength);
        read(channel, record, at);
        if (record.getInt(HEAD + payloadLength) != crc(record.array(), payloadLength)) {
            return null;
        }
        Instant time = Instant.ofEpochSecond(record.getLong(8), record.getInt(16));
        if (magic == MAGIC_UNNAMED) {
            return new SpillRecord(time, null, Arrays.copyOfRange(record.array(), HEAD, HEAD + payloadLength));
        }
        int name = Byte.toUnsignedInt(record.get(HEAD));
        if (1 + name > payloadLength) {
            return null;
        }
        String controller = new String(record.array(), HEAD + 1, name, StandardCharsets.US_ASCII);
        return new SpillRecord(
                time, controller, Arrays.copyOfRange(record.array(), HEAD + 1 + name, HEAD + payloadLength));
    }

    /** The position of the next intact record at or after from, or -1 when there is none. */
    static long next(FileChannel channel, long from, long length) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        // chunks overlap by three bytes so that a magic across a chunk border is found
        for (long at = from; at <= length - OVERHEAD; at += chunk.capacity() - 3) {
            chunk.clear().limit((int) Math.min(chunk.capacity(), length - at));
            read(channel, chunk, at);
            for (int i = 0; i + 4 <= chunk.limit(); i++) {
                int word = chunk.getInt(i);
                if ((word == MAGIC || word == MAGIC_UNNAMED) && at(channel, at + i, length) != null) {
                    return at + i;
                }
            }
        }
        return -1;
    }

    /** What {@link #walk} does with each complete record: true to go on with the next one. */
    interface Visitor {
        boolean visit(SpillRecord record, long at) throws IOException;
    }

    /** Damaged bytes a walk passed over, to search for the next intact record. */
    interface Damage {
        void skipped(long at, long bytes);
    }

    /** Where a walk stopped: the end of the last record visited ({@code from} without any), and how many. */
    record Walk(long end, int records) {}

    /**
     * Visits the complete records of the file in {@code [from, to)}, in order, until the visitor says stop.
     *
     * @param damage told of damaged bytes it skips, or null
     */
    static Walk walk(FileChannel channel, long from, long to, Damage damage, Visitor visitor) throws IOException {
        long end = from;
        int records = 0;
        for (long at = from; at < to; ) {
            SpillRecord record = at(channel, at, to);
            if (record == null) {
                long next = next(channel, at + 1, to);
                if (next < 0) {
                    break;
                }
                if (damage != null) {
                    damage.skipped(at, next - at);
                }
                at = next;
                continue;
            }
            boolean more = visitor.visit(record, at);
            at += record.length();
            end = at;
            records++;
            if (!more) {
                break;
            }
        }
        return new Walk(end, records);
    }

    private static int crc(byte[] record, int payloadLength) {
        var crc = new CRC32();
        crc.update(record, 4, HEAD - 4 + payloadLength);
        return (int) crc.getValue();
    }

    private static void read(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        for (long position = at; buffer.hasRemaining(); ) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new IOException("spill file ended while reading at byte " + position);
            }
            position += n;
        }
    }
}
