package luxlogger.readings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A complete raw snapshot that the deltas of following polls refer to, with the firmware it came from. */
@Entity
@Table(name = "keyframe")
public class Keyframe {

    /** UTC epoch milliseconds of the poll this keyframe was taken from. */
    @Id
    public long id;

    @Column(nullable = false)
    public String firmware;

    @Column(nullable = false)
    public byte[] data;

    protected Keyframe() {}

    public Keyframe(long id, String firmware, byte[] data) {
        this.id = id;
        this.firmware = firmware;
        this.data = data;
    }
}
