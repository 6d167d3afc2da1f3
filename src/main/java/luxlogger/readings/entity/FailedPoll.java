package luxlogger.readings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A poll of a controller that brought no stored answer: it did not answer, or its answer was rejected. The event
 * journal tells an unreachable controller from a logger that was not running by these rows.
 */
@Entity
@Table(name = "failed_poll")
@IdClass(FailedPoll.Key.class)
public class FailedPoll {

    /** The {@link StoredController} that failed to answer. */
    @Id
    public int controller;

    /** UTC epoch milliseconds the poll failed. */
    @Id
    public long time;

    /** Why, as logged: "connection refused", "an answer of only 12 values was rejected". */
    @Column(nullable = false)
    public String reason;

    protected FailedPoll() {}

    public FailedPoll(int controller, long time, String reason) {
        this.controller = controller;
        this.time = time;
        this.reason = reason;
    }

    /** The primary key, as {@link Poll.Key}: one failure per controller and instant. */
    public record Key(int controller, long time) implements Serializable {

        /** For JPA. */
        public Key() {
            this(0, 0);
        }
    }
}
