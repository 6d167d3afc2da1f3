package luxlogger.readings.control;

import java.time.Instant;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The body of a keyframe (see {@link SnapshotCodec}), stored deflated. Uncompressed: varint lengths of parameters,
 * calculations and visibilities; varint count of moving indices and their gaps (first index, then
 * distance - 1); every parameter and calculation as zigzag varint; visibilities as bytes.
 *
 * <p>Whole values, not differences between neighbours: parameters are unrelated settings, and deflate finds
 * the repeats (zeros, equal temperatures) better in plain varints. Measured on the V3.78 dump, deflated:
 * 649 bytes this way, 749 as raw big-endian ints, 774 as neighbour differences, 821 as byte planes.
 */
final class KeyframeBody {

    /** Largest body a keyframe can have (three arrays of 5-byte varints); a larger length is corrupt. */
    private static final int MAX_BODY = 16 * SnapshotCodec.MAX_LENGTH;

    private KeyframeBody() {}

    static void write(Snapshot s, int[] moving, ByteWriter out) {
        ByteWriter body = uncompressed(s, moving);
        Deflate.compress(body.array(), 0, body.size(), out);
    }

    /** Reads the body that starts at offset and fills the rest of data. */
    static Baseline read(Instant time, byte[] data, int offset, int fingerprint) throws CorruptDataException {
        byte[] body = Deflate.expand(data, offset, MAX_BODY);
        var in = new ByteReader(body, 0, body.length);
        int[] parameters = new int[in.count(SnapshotCodec.MAX_LENGTH, "parameter count")];
        int[] calculations = new int[in.count(SnapshotCodec.MAX_LENGTH, "calculation count")];
        byte[] visibilities = new byte[in.count(SnapshotCodec.MAX_LENGTH, "visibility count")];
        int size = parameters.length + calculations.length + visibilities.length;
        int[] moving = new int[in.count(size, "moving count")];
        for (int i = 0, index = -1; i < moving.length; i++) {
            index += in.count(size, "moving index gap") + 1;
            if (index >= size) {
                throw new CorruptDataException("moving index " + index + " beyond " + size + " values");
            }
            moving[i] = index;
        }
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = in.zigzag();
        }
        for (int i = 0; i < calculations.length; i++) {
            calculations[i] = in.zigzag();
        }
        for (int i = 0; i < visibilities.length; i++) {
            visibilities[i] = (byte) in.read();
        }
        SnapshotCodec.expectEnd(in, "keyframe");
        var snapshot = new Snapshot(time, parameters, calculations, visibilities);
        return new Baseline(snapshot, moving, fingerprint, data.clone());
    }

    private static ByteWriter uncompressed(Snapshot s, int[] moving) {
        var body = new ByteWriter(2 * s.size() + 5 * moving.length + 32);
        body.varint(s.parameters().length);
        body.varint(s.calculations().length);
        body.varint(s.visibilities().length);
        body.varint(moving.length);
        for (int i = 0, previous = -1; i < moving.length; previous = moving[i++]) {
            body.varint(moving[i] - previous - 1);
        }
        for (int value : s.parameters()) {
            body.zigzag(value);
        }
        for (int value : s.calculations()) {
            body.zigzag(value);
        }
        body.write(s.visibilities(), 0, s.visibilities().length);
        return body;
    }
}
