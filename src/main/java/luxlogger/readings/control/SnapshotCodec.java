package luxlogger.readings.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Lossless, compact bytes for snapshots: a keyframe holds a whole snapshot, a delta only what differs from
 * its keyframe. A delta never refers to another delta, so any poll decodes from its own row and one keyframe,
 * and a bad row spoils nothing but itself. The instant is not stored: callers key rows by it.
 *
 * <p>Formats, named by the first byte so that later ones can be added beside them:
 * <ul>
 * <li>{@code 1} keyframe: CRC32 (4 bytes, big-endian) of the bytes after it, varint body length, body
 *     raw-deflated. Body: see {@link KeyframeBody}. About 800 bytes for current firmware.</li>
 * <li>{@code 2} delta: check (2 bytes), body. Body: a bitmap over the keyframe's moving indices (bit set =
 *     changed), varint count of other changed indices and their gaps, then the zigzag varint differences to
 *     the keyframe value (wrapping int arithmetic), moving ones first.</li>
 * <li>{@code 3} delta as 2, but its body deflated ({@link Deflate}); written when that is smaller, which
 *     happens when counters or clocks move in step and so repeat their differences (a tenth of the bytes in
 *     the busy synthetic week, next to nothing in the simulator's).</li>
 * </ul>
 * A delta's check is the low 16 bits of a CRC32 over the keyframe fingerprint, the format byte and the stored
 * body. Two bytes, not four: a random corruption or a wrong keyframe slips through once in 65,536, and
 * the structural checks of the decoder catch most of those; a full CRC32 would add 2 % to every stored poll
 * for a case that SQLite's own page handling already makes rare.
 *
 * <p>Thread-safe and stateless.
 */
public final class SnapshotCodec {

    static final int KEYFRAME = 1;
    static final int DELTA = 2;
    static final int DELTA_DEFLATED = 3;
    /** Far above any firmware (about 1,200 values per array), small enough that a bad length fails fast. */
    static final int MAX_LENGTH = 100_000;
    /** Deflate needs repeats and has a few bytes of framing; a shorter delta body never came out smaller. */
    private static final int DEFLATE_FROM = 48;

    /**
     * The keyframe for a snapshot. Indices where it differs from {@code earlier} (the previous keyframe, or
     * null) are taken as the moving ones: over an hour that is every sensor, counter and clock that lives.
     */
    public Baseline baseline(Snapshot keyframe, Snapshot earlier) {
        int[] moving = earlier != null && keyframe.shape().equals(earlier.shape())
                ? differences(keyframe, earlier)
                : new int[0];
        // a copy, so that a caller reusing its arrays cannot change what later deltas are decoded against
        var copy = new Snapshot(
                keyframe.time(),
                keyframe.parameters().clone(),
                keyframe.calculations().clone(),
                keyframe.visibilities().clone());
        var out = new ByteWriter(keyframe.size());
        out.write(KEYFRAME);
        out.reserve(4);
        KeyframeBody.write(keyframe, moving, out);
        int crc = crc(out.array(), 5, out.size() - 5);
        out.setInt(1, crc);
        return new Baseline(copy, moving, crc, out.toByteArray());
    }

    /** The stored form of a keyframe. */
    public byte[] keyframe(Baseline baseline) {
        return baseline.stored();
    }

    /** A standalone keyframe without moving indices, e.g. for the spill file. */
    public byte[] keyframe(Snapshot snapshot) {
        return keyframe(baseline(snapshot, null));
    }

    public Baseline fromKeyframe(Instant time, byte[] data) throws CorruptDataException {
        var in = new ByteReader(data, 0, data.length);
        expectFormat(in.read(), KEYFRAME);
        int crc = in.readInt();
        if (crc(data, 5, data.length - 5) != crc) {
            throw new CorruptDataException("keyframe check sum mismatch");
        }
        return KeyframeBody.read(time, data, in.position(), crc);
    }

    /** The stored form of a snapshot as a delta against a keyframe with the same array lengths. */
    public byte[] delta(Snapshot snapshot, Baseline baseline) {
        if (!baseline.fits(snapshot)) {
            throw new IllegalArgumentException("array lengths of " + snapshot + " differ from keyframe "
                    + baseline.snapshot() + ": start a new keyframe");
        }
        DeltaBody body = DeltaBody.of(snapshot, baseline);
        var out = new ByteWriter(body.size() + 8);
        out.write(DELTA);
        out.reserve(2);
        body.writeTo(out);
        if (out.size() - 3 >= DEFLATE_FROM) {
            var deflated = new ByteWriter(out.size());
            deflated.write(DELTA_DEFLATED);
            deflated.reserve(2);
            Deflate.compress(out.array(), 3, out.size() - 3, deflated);
            if (deflated.size() < out.size()) {
                out = deflated;
            }
        }
        int check = deltaCheck(baseline, out.array(), out.size());
        out.set(1, check >>> 8);
        out.set(2, check);
        return out.toByteArray();
    }

    public Snapshot fromDelta(Instant time, byte[] data, Baseline baseline) throws CorruptDataException {
        return DeltaBody.apply(time, body(data, baseline, null), baseline);
    }

    /**
     * Hands the differences of a delta to a target, for readers that want only some values of many polls.
     *
     * @param inflater reused for deflated deltas (reset here), so that a long read does not make one per poll
     */
    void readDelta(byte[] data, Baseline baseline, DeltaBody.Target target, Inflater inflater)
            throws CorruptDataException {
        DeltaBody.read(body(data, baseline, inflater), baseline, target);
    }

    /** The checked, uncompressed body of a delta; a new inflater when none is given. */
    private static ByteReader body(byte[] data, Baseline baseline, Inflater inflater) throws CorruptDataException {
        if (data.length < 3) {
            throw new CorruptDataException("delta of " + data.length + " bytes is truncated");
        }
        int format = data[0] & 0xFF;
        if (format != DELTA && format != DELTA_DEFLATED) {
            throw new CorruptDataException(formatName(format) + " where a delta was expected");
        }
        int stored = (data[1] & 0xFF) << 8 | data[2] & 0xFF;
        if (stored != deltaCheck(baseline, data, data.length)) {
            throw new CorruptDataException("delta check mismatch: corrupt, or not a delta of keyframe "
                    + baseline.snapshot().time());
        }
        if (format == DELTA) {
            return new ByteReader(data, 3, data.length);
        }
        byte[] body = Deflate.expand(data, 3, DeltaBody.maxSize(baseline), inflater);
        return new ByteReader(body, 0, body.length);
    }

    /** Global indices where two snapshots of the same lengths differ. */
    private static int[] differences(Snapshot a, Snapshot b) {
        int[] found = new int[a.size()];
        int count = 0;
        for (int index = 0; index < found.length; index++) {
            if (value(a, index) != value(b, index)) {
                found[count++] = index;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** The value at a global index: parameters first, then calculations, then visibilities. */
    static int value(Snapshot s, int index) {
        int parameters = s.parameters().length;
        int calculations = s.calculations().length;
        if (index < parameters) {
            return s.parameters()[index];
        }
        return index < parameters + calculations
                ? s.calculations()[index - parameters]
                : s.visibilities()[index - parameters - calculations];
    }

    private static int deltaCheck(Baseline baseline, byte[] data, int length) {
        var crc = new CRC32();
        int fingerprint = baseline.fingerprint();
        crc.update(fingerprint >>> 24);
        crc.update(fingerprint >>> 16);
        crc.update(fingerprint >>> 8);
        crc.update(fingerprint);
        crc.update(data[0]);
        crc.update(data, 3, length - 3);
        return (int) crc.getValue() & 0xFFFF;
    }

    static int crc(byte[] bytes, int offset, int length) {
        var crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private static void expectFormat(int format, int expected) throws CorruptDataException {
        if (format != expected) {
            throw new CorruptDataException(formatName(format) + " where a " + formatName(expected) + " was expected");
        }
    }

    static void expectEnd(ByteReader reader, String what) throws CorruptDataException {
        if (reader.remaining() != 0) {
            throw new CorruptDataException(reader.remaining() + " bytes left over after the " + what);
        }
    }

    private static String formatName(int format) {
        return switch (format) {
            case KEYFRAME -> "keyframe";
            case DELTA, DELTA_DEFLATED -> "delta";
            default -> "unknown format " + format;
        };
    }
}
