package luxlogger.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One event of a controller's journal, derived from its stored polls and failed polls and recomputable from
 * them. The natural key (controller, kind, time, subject) makes an event that is found twice (a restart, a spill
 * replay, an import) one row.
 */
@Entity
@Table(name = "journal_event")
@IdClass(JournalEvent.Key.class)
public class JournalEvent {

    /** The controller's number (table {@code controller}). */
    @Id
    public int controller;

    /** {@link EventKind#key()}. */
    @Id
    public String kind;

    /** UTC epoch milliseconds the event began (or happened). */
    @Id
    public long time;

    /**
     * What tells events of a kind at one time apart: the error or switch-off code ({@code 1:718}), the
     * compressor ({@code VD1}), the setting's field name; empty where nothing does.
     */
    @Id
    public String subject;

    /** UTC epoch milliseconds an interval event ended; null for a point event, or one still open. */
    public Long ended;

    /** UTC epoch milliseconds of the poll (or failed poll) that completed the event. */
    @Column(nullable = false)
    public long detected;

    /** The error or switch-off code, where there is one. */
    public Integer code;

    /** A setting's raw value before and after. */
    public Integer oldRaw;

    public Integer newRaw;

    /** What happened in words, decoded: "Heating curve end point 38.0 -> 40.0 °C", "718 max. outdoor temp.". */
    @Column(nullable = false)
    public String text;

    /** True for what the controller's slots held at the first poll: history, not a new alarm. */
    @Column(nullable = false)
    public boolean history;

    /** True where the polls bound the event only roughly (several runs between two polls, a span cut off). */
    @Column(nullable = false)
    public boolean approximate;

    public JournalEvent() {}

    /** The primary key. */
    public record Key(int controller, String kind, long time, String subject) implements Serializable {

        /** For JPA. */
        public Key() {
            this(0, null, 0, null);
        }
    }
}
