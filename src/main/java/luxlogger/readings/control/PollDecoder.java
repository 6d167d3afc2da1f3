package luxlogger.readings.control;

import java.time.Instant;
import java.util.function.LongFunction;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;

/**
 * Turns stored rows back into polls. Rows are read in time order, so polls of one keyframe come together and
 * only the keyframe of the current rows is kept: memory stays the same whatever the range.
 */
public final class PollDecoder {

    private static final SnapshotCodec CODEC = new SnapshotCodec();

    private final LongFunction<Keyframe> keyframes;
    private long id = Long.MIN_VALUE;
    private Baseline baseline;

    /** @param keyframes finds a stored keyframe by id, null when there is none */
    public PollDecoder(LongFunction<Keyframe> keyframes) {
        this.keyframes = keyframes;
    }

    /** The poll of one row: its instant, the id of its keyframe and its delta. */
    public Snapshot decode(long time, long keyframe, byte[] data) {
        try {
            return CODEC.fromDelta(Instant.ofEpochMilli(time), data, baseline(keyframe));
        } catch (CorruptDataException e) {
            throw new IllegalStateException(
                    "poll " + Instant.ofEpochMilli(time) + " is unreadable: " + e.getMessage(), e);
        }
    }

    private Baseline baseline(long wanted) {
        if (wanted != id) {
            Keyframe keyframe = keyframes.apply(wanted);
            if (keyframe == null) {
                throw new IllegalStateException("keyframe " + Instant.ofEpochMilli(wanted) + " is missing");
            }
            baseline = baseline(keyframe);
            id = wanted;
        }
        return baseline;
    }

    /** A stored keyframe as deltas see it; a damaged one fails the read or write that needs it. */
    static Baseline baseline(Keyframe keyframe) {
        try {
            return CODEC.fromKeyframe(Instant.ofEpochMilli(keyframe.id), keyframe.data);
        } catch (CorruptDataException e) {
            throw new IllegalStateException(
                    "keyframe " + Instant.ofEpochMilli(keyframe.id) + " is unreadable: " + e.getMessage(), e);
        }
    }
}
