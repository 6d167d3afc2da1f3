package luxlogger.readings.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.entity.Keyframe;
import luxlogger.readings.entity.Poll;

/**
 * Turns each poll into the rows that store it: a delta against the current keyframe, preceded by a new
 * keyframe when there is none yet, when the firmware or the array shape changed, or when
 * {@link KeyframePolicy} finds a new one cheaper. Holds what the next poll's rows depend on: the current
 * keyframe, its firmware, the policy's span, the newest instant encoded, and the newest keyframe of an
 * earlier run, whose differences to the first new keyframe tell which values tend to move.
 *
 * <p>A store encodes into a {@link #copy()} while its transaction is open and keeps the copy only once the
 * commit succeeded; a failed write so leaves the encoder as if those polls had never come. Not thread-safe.
 */
public final class PollEncoder {

    private final SnapshotCodec codec = new SnapshotCodec();
    private final KeyframePolicy policy;
    private final Snapshot earlier;
    /** The keyframe new deltas refer to; null until the first poll. */
    private Baseline baseline;

    private String firmware;
    /** Epoch milliseconds of the newest poll encoded or stored before. */
    private long newest;

    /** The rows of one poll: a keyframe to store before it when the poll starts one, and the poll. */
    public record Rows(Optional<Keyframe> keyframe, Poll poll) {

        /** What to persist, in this order: a poll refers to its keyframe. */
        public List<Object> entities() {
            return keyframe.<List<Object>>map(k -> List.of(k, poll)).orElseGet(() -> List.of(poll));
        }
    }

    /** An encoder for an empty database. */
    public PollEncoder() {
        this(null, null);
    }

    /**
     * An encoder that continues where an earlier run stopped.
     *
     * @param earlier the newest stored keyframe, or null
     * @param newest the newest stored poll, or null
     */
    public PollEncoder(Snapshot earlier, Instant newest) {
        this(new KeyframePolicy(), earlier, newest == null ? Long.MIN_VALUE : newest.toEpochMilli());
    }

    private PollEncoder(KeyframePolicy policy, Snapshot earlier, long newest) {
        this.policy = policy;
        this.earlier = earlier;
        this.newest = newest;
    }

    /** An encoder that continues where an earlier run stopped for a controller: its newest poll and keyframe. */
    static PollEncoder resume(EntityManager em, int controller) {
        Long newest = em.createQuery("SELECT MAX(p.time) FROM Poll p WHERE p.controller = :c", Long.class)
                .setParameter("c", controller)
                .getSingleResult();
        List<Keyframe> keyframe = em.createQuery(
                        "SELECT k FROM Keyframe k WHERE k.controller = :c ORDER BY k.id DESC", Keyframe.class)
                .setParameter("c", controller)
                .setMaxResults(1)
                .getResultList();
        return new PollEncoder(
                keyframe.isEmpty()
                        ? null
                        : PollDecoder.baseline(keyframe.get(0)).snapshot(),
                newest == null ? null : Instant.ofEpochMilli(newest));
    }

    /** An independent copy: encoding into it leaves this one as it is. */
    public PollEncoder copy() {
        var copy = new PollEncoder(policy.copy(), earlier, newest);
        copy.baseline = baseline;
        copy.firmware = firmware;
        return copy;
    }

    /** True when the instant is later than every poll encoded or stored, so it cannot be stored already. */
    public boolean isNew(Instant time) {
        return time.toEpochMilli() > newest;
    }

    /** Another stream (an import) stored a poll at this instant: this encoder no longer takes it for new. */
    PollEncoder stored(Instant time) {
        newest = Math.max(newest, time.toEpochMilli());
        return this;
    }

    /** The instant of the keyframe new polls refer to (its id), empty before the first poll. */
    public Optional<Instant> keyframe() {
        return Optional.ofNullable(baseline).map(b -> b.snapshot().time());
    }

    /**
     * The rows for a poll, which becomes the newest encoded. An encoder serves one controller: its state is that
     * controller's baseline.
     *
     * @param controller the number of the controller the rows belong to
     * @param stored the keyframe already stored with an id, or null: a poll of the same instant that was stored
     *     and deleted before left its keyframe, which serves again
     * @throws IllegalStateException when such a stored keyframe is unreadable or of another shape
     */
    public Rows encode(int controller, Snapshot snapshot, LongFunction<Keyframe> stored) {
        long time = snapshot.time().toEpochMilli();
        String version = Decoder.firmware(snapshot);
        byte[] delta = baseline == null || !baseline.fits(snapshot) ? null : codec.delta(snapshot, baseline);
        Optional<Keyframe> keyframe = Optional.empty();
        if (delta == null || !firmware.equals(version) || policy.needsKeyframe(snapshot, baseline, delta.length)) {
            Keyframe existing = stored.apply(time);
            if (existing == null) {
                baseline = codec.baseline(snapshot, baseline == null ? earlier : baseline.snapshot());
                keyframe = Optional.of(new Keyframe(controller, time, version, codec.keyframe(baseline)));
                policy.keyframeWritten(keyframe.get().data.length);
            } else {
                baseline = readable(existing, snapshot);
                policy.keyframeWritten(existing.data.length);
            }
            firmware = version;
            delta = codec.delta(snapshot, baseline);
        }
        newest = Math.max(newest, time);
        return new Rows(
                keyframe, new Poll(controller, time, baseline.snapshot().time().toEpochMilli(), delta));
    }

    private static Baseline readable(Keyframe keyframe, Snapshot snapshot) {
        Baseline existing = PollDecoder.baseline(keyframe);
        if (!existing.fits(snapshot)) {
            throw new IllegalStateException(
                    "keyframe " + Instant.ofEpochMilli(keyframe.id) + " has other array lengths");
        }
        return existing;
    }
}
