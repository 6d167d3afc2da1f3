package luxlogger.readings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A complete raw snapshot of one controller that the deltas of its following polls refer to, with the firmware
 * it came from.
 */
@Entity
@Table(name = "keyframe")
@IdClass(Keyframe.Key.class)
public class Keyframe {

    /** The {@link StoredController} the snapshot was read from. */
    @Id
    public int controller;

    /** UTC epoch milliseconds of the poll this keyframe was taken from. */
    @Id
    public long id;

    @Column(nullable = false)
    public String firmware;

    @Column(nullable = false)
    public byte[] data;

    protected Keyframe() {}

    public Keyframe(int controller, long id, String firmware, byte[] data) {
        this.controller = controller;
        this.id = id;
        this.firmware = firmware;
        this.data = data;
    }

    /** The primary key: a controller's keyframes are told apart by their instants. */
    public record Key(int controller, long id) implements Serializable {

        /** For JPA. */
        public Key() {
            this(0, 0);
        }
    }
}
