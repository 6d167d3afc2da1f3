package luxlogger.readings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored poll: the instant is the primary key (SQLite's row id, so no extra index), the values are
 * a delta against the keyframe it names. Two rows at most are needed to decode any poll.
 */
@Entity
@Table(name = "poll")
public class Poll {

    /** UTC epoch milliseconds of the read. */
    @Id
    public long time;

    /** The keyframe this poll's delta refers to. */
    @Column(nullable = false)
    public long keyframe;

    @Column(nullable = false)
    public byte[] data;

    protected Poll() {}

    public Poll(long time, long keyframe, byte[] data) {
        this.time = time;
        this.keyframe = keyframe;
        this.data = data;
    }
}
