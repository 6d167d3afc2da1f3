package luxlogger.readings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One stored poll of one controller, keyed by the controller and the instant; the values are a delta against
 * the keyframe of the same controller it names. Two rows at most are needed to decode any poll.
 */
@Entity
@Table(name = "poll")
@IdClass(Poll.Key.class)
public class Poll {

    /** The {@link StoredController} the poll was read from. */
    @Id
    public int controller;

    /** UTC epoch milliseconds of the read. */
    @Id
    public long time;

    /** The keyframe (of the same controller) this poll's delta refers to. */
    @Column(nullable = false)
    public long keyframe;

    @Column(nullable = false)
    public byte[] data;

    protected Poll() {}

    public Poll(int controller, long time, long keyframe, byte[] data) {
        this.controller = controller;
        this.time = time;
        this.keyframe = keyframe;
        this.data = data;
    }

    /** The primary key: a controller's polls are told apart by their instants. */
    public record Key(int controller, long time) implements Serializable {

        /** For JPA. */
        public Key() {
            this(0, 0);
        }
    }
}
