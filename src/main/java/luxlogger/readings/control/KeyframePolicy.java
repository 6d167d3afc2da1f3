package luxlogger.readings.control;

import java.time.Duration;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Decides when a poll starts a new keyframe instead of adding a delta to the current one. For one stream of
 * polls written by one thread: ask {@link #needsKeyframe} for every poll, and call {@link #keyframeWritten}
 * after storing a keyframe (after a restart either that, to continue the stored keyframe, or nothing, and the
 * next poll becomes a keyframe).
 *
 * <p>A delta grows while its keyframe ages (counters and clocks drift away from the keyframe's values), and
 * a keyframe costs a fixed amount (about 800 bytes). The bytes per poll of a span, the keyframe plus its
 * deltas divided by its polls, fall as long as each new delta is smaller than that average and rise once it
 * is larger; so the span ends there, where its average is lowest. The delta size compared is smoothed over
 * about 16 polls so that one busy poll (a compressor start) does not end a span early. In the simulated week
 * spans last about 50 minutes and keyframes cost 7 bytes per poll. Also:
 * <ul>
 * <li>a snapshot with other array lengths (firmware update) cannot be a delta at all;</li>
 * <li>a span never lasts longer than {@link #DEFAULT_MAX_AGE} (when deltas stop growing, e.g. the heat pump
 *     is off for a day), so a damaged keyframe row costs at most that much history.</li>
 * </ul>
 */
public final class KeyframePolicy {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(6);
    private static final double SMOOTHING = 1.0 / 16;

    private final Duration maxAge;
    private long spanBytes;
    private int spanPolls;
    private double recentDelta;

    public KeyframePolicy() {
        this(DEFAULT_MAX_AGE);
    }

    public KeyframePolicy(Duration maxAge) {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("max age must be positive: " + maxAge);
        }
        this.maxAge = maxAge;
    }

    /**
     * True when the snapshot should be stored as a new keyframe; false means its delta of deltaSize bytes is
     * stored and counted. Without a keyframe (null) or before {@link #keyframeWritten} the answer is true.
     */
    public boolean needsKeyframe(Snapshot snapshot, Baseline baseline, int deltaSize) {
        if (baseline == null || spanPolls == 0 || !baseline.fits(snapshot)) {
            return true;
        }
        if (Duration.between(baseline.snapshot().time(), snapshot.time()).compareTo(maxAge) >= 0) {
            return true;
        }
        recentDelta = spanPolls == 1 ? deltaSize : recentDelta + SMOOTHING * (deltaSize - recentDelta);
        if (recentDelta * spanPolls > spanBytes) {
            return true;
        }
        spanBytes += deltaSize;
        spanPolls++;
        return false;
    }

    /** An independent copy with the same span, to try polls on without changing this one. */
    public KeyframePolicy copy() {
        var copy = new KeyframePolicy(maxAge);
        copy.spanBytes = spanBytes;
        copy.spanPolls = spanPolls;
        copy.recentDelta = recentDelta;
        return copy;
    }

    /** Starts a span: a keyframe of this many bytes was stored (or, after a restart, is being continued). */
    public void keyframeWritten(int keyframeSize) {
        spanBytes = keyframeSize;
        spanPolls = 1;
        recentDelta = 0;
    }
}
