package luxlogger.readings.control;

import java.time.Instant;
import java.util.Arrays;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The uncompressed body of a delta (see {@link SnapshotCodec}): which values differ from the keyframe and by
 * how much. Differences use wrapping int arithmetic, so every pair of int values, Integer.MIN_VALUE and
 * MAX_VALUE included, has one and goes back exactly.
 */
final class DeltaBody {

    private final byte[] bitmap;
    private final int[] movingDifferences;
    private int movingCount;
    private int[] otherIndices;
    private int[] otherDifferences;
    private int otherCount;

    private DeltaBody(Baseline baseline) {
        bitmap = new byte[(baseline.movingCount() + 7) / 8];
        movingDifferences = new int[baseline.movingCount()];
        otherIndices = new int[16];
        otherDifferences = new int[16];
    }

    static DeltaBody of(Snapshot s, Baseline baseline) {
        Snapshot k = baseline.snapshot();
        var body = new DeltaBody(baseline);
        body.compare(s.parameters(), k.parameters(), 0, baseline);
        body.compare(s.calculations(), k.calculations(), k.parameters().length, baseline);
        body.compare(s.visibilities(), k.visibilities(), k.parameters().length + k.calculations().length, baseline);
        return body;
    }

    /** Largest body a delta against this keyframe can have: every value changed by the most. */
    static int maxSize(Baseline baseline) {
        return (baseline.movingCount() + 7) / 8 + 5 + 10 * baseline.snapshot().size();
    }

    /** Upper bound of the written size. */
    int size() {
        return bitmap.length + 5 + 10 * otherCount + 5 * movingCount;
    }

    void writeTo(ByteWriter out) {
        out.write(bitmap, 0, bitmap.length);
        out.varint(otherCount);
        for (int i = 0, previous = -1; i < otherCount; previous = otherIndices[i++]) {
            out.varint(otherIndices[i] - previous - 1);
        }
        for (int i = 0; i < movingCount; i++) {
            out.zigzag(movingDifferences[i]);
        }
        for (int i = 0; i < otherCount; i++) {
            out.zigzag(otherDifferences[i]);
        }
    }

    /**
     * The snapshot a body describes. Anything an encoder would not have written (a zero difference, an unused
     * bitmap bit, a moving index listed among the others) is rejected as corrupt, which catches damage the
     * 16-bit check lets through.
     */
    static Snapshot apply(Instant time, ByteReader in, Baseline baseline) throws CorruptDataException {
        var values = new Values(baseline.snapshot());
        read(in, baseline, values);
        return values.snapshot(time);
    }

    /** Hands each difference of a body to the target, checked as {@link #apply} checks it. */
    static void read(ByteReader in, Baseline baseline, Target target) throws CorruptDataException {
        int moving = baseline.movingCount();
        var bitmap = new byte[(moving + 7) / 8];
        for (int i = 0; i < bitmap.length; i++) {
            bitmap[i] = (byte) in.read();
        }
        if (moving % 8 != 0 && (bitmap[bitmap.length - 1] & 0xFF) >>> (moving % 8) != 0) {
            throw new CorruptDataException("delta marks moving values the keyframe does not have");
        }
        int size = baseline.snapshot().size();
        int[] others = new int[in.count(size, "changed value count")];
        for (int i = 0, index = -1; i < others.length; i++) {
            index += in.count(size, "changed index gap") + 1;
            if (index >= size || baseline.rank(index) >= 0) {
                throw new CorruptDataException("changed index " + index + " is out of range or moving");
            }
            others[i] = index;
        }
        for (int r = 0; r < moving; r++) {
            if ((bitmap[r >>> 3] & 1 << (r & 7)) != 0) {
                target.add(baseline.moving(r), nonZero(in));
            }
        }
        for (int index : others) {
            target.add(index, nonZero(in));
        }
        SnapshotCodec.expectEnd(in, "delta");
    }

    /** What the differences of a body are added to: a whole snapshot, or only some of its values. */
    interface Target {
        /** Adds the difference to the keyframe's value at a global index. */
        void add(int index, int difference) throws CorruptDataException;
    }

    /** Arrays.mismatch compares in vector-wide steps, so the many unchanged values cost next to nothing. */
    private void compare(int[] a, int[] k, int offset, Baseline baseline) {
        for (int i = 0; i < a.length; i++) {
            int skip = Arrays.mismatch(a, i, a.length, k, i, a.length);
            if (skip < 0) {
                return;
            }
            i += skip;
            add(offset + i, a[i] - k[i], baseline);
        }
    }

    private void compare(byte[] a, byte[] k, int offset, Baseline baseline) {
        for (int i = 0; i < a.length; i++) {
            int skip = Arrays.mismatch(a, i, a.length, k, i, a.length);
            if (skip < 0) {
                return;
            }
            i += skip;
            add(offset + i, a[i] - k[i], baseline);
        }
    }

    private void add(int index, int difference, Baseline baseline) {
        int rank = baseline.rank(index);
        if (rank >= 0) {
            bitmap[rank >>> 3] |= (byte) (1 << (rank & 7));
            movingDifferences[movingCount++] = difference;
        } else {
            if (otherCount == otherIndices.length) {
                growOthers();
            }
            otherIndices[otherCount] = index;
            otherDifferences[otherCount++] = difference;
        }
    }

    private void growOthers() {
        otherIndices = Arrays.copyOf(otherIndices, otherCount * 2);
        otherDifferences = Arrays.copyOf(otherDifferences, otherCount * 2);
    }

    private static int nonZero(ByteReader in) throws CorruptDataException {
        int difference = in.zigzag();
        if (difference == 0) {
            throw new CorruptDataException("delta lists an unchanged value");
        }
        return difference;
    }

    /** Copies of the keyframe arrays that the differences are added to. */
    private static final class Values implements Target {
        private final int[] parameters;
        private final int[] calculations;
        private final byte[] visibilities;

        Values(Snapshot keyframe) {
            parameters = keyframe.parameters().clone();
            calculations = keyframe.calculations().clone();
            visibilities = keyframe.visibilities().clone();
        }

        @Override
        public void add(int index, int difference) throws CorruptDataException {
            if (index < parameters.length) {
                parameters[index] += difference;
                return;
            }
            index -= parameters.length;
            if (index < calculations.length) {
                calculations[index] += difference;
                return;
            }
            index -= calculations.length;
            int value = visibilities[index] + difference;
            if (value != (byte) value) {
                throw new CorruptDataException("visibility " + index + " out of byte range: " + value);
            }
            visibilities[index] = (byte) value;
        }

        Snapshot snapshot(Instant time) {
            return new Snapshot(time, parameters, calculations, visibilities);
        }
    }
}
