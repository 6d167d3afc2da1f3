package luxlogger.readings.control;

import java.util.Arrays;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * A keyframe as deltas see it: the full snapshot, the indices expected to move, and a fingerprint of both.
 *
 * <p>Indices are global: parameters first, then calculations, then visibilities. Knowing the moving indices
 * lets a delta mark its changed values in a bitmap of a few bytes instead of spelling out each index; values
 * that change elsewhere still go into the delta, only less compactly. The fingerprint (the CRC32 the keyframe
 * is stored with, which covers both) enters every delta's check, so that a delta read against the wrong
 * keyframe is detected. Instances come from {@link SnapshotCodec}; they are immutable.
 */
public final class Baseline {

    private final Snapshot snapshot;
    private final Shape shape;
    private final int[] moving;
    /** For each global index its position in {@link #moving}, or -1; makes encoding one array lookup. */
    private final int[] rank;

    private final int fingerprint;
    private final byte[] stored;

    Baseline(Snapshot snapshot, int[] moving, int fingerprint, byte[] stored) {
        this.snapshot = snapshot;
        this.shape = snapshot.shape();
        this.moving = moving;
        this.fingerprint = fingerprint;
        this.stored = stored;
        this.rank = new int[snapshot.size()];
        Arrays.fill(rank, -1);
        for (int i = 0; i < moving.length; i++) {
            rank[moving[i]] = i;
        }
    }

    /** The keyframe's values, timed at its poll. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** Number of values expected to move, i.e. the bits of every delta's bitmap. */
    public int movingCount() {
        return moving.length;
    }

    int moving(int position) {
        return moving[position];
    }

    int rank(int index) {
        return rank[index];
    }

    int fingerprint() {
        return fingerprint;
    }

    /** A copy of the keyframe's stored form. */
    byte[] stored() {
        return stored.clone();
    }

    /** True when a snapshot has the array lengths deltas against this keyframe need. */
    public boolean fits(Snapshot s) {
        return shape.equals(s.shape());
    }

    @Override
    public String toString() {
        return "Baseline[" + snapshot + ", " + moving.length + " moving]";
    }
}
