package luxlogger.journal.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * One controller's journal, walked over its stored polls and failed polls in time order: each pair of consecutive
 * polls goes through the rules (slot files, operation, the controller's life, settings, reachability), and the
 * events they complete wait for {@link #drain()}. It holds the previous poll and a few open spans only, so it can
 * walk a year. Pure: no database, no clock; the caller sets each event's controller.
 */
public final class Walker {

    private final boolean first;
    private final SlotFiles slots;
    private final Operation operation;
    private final ControllerLife life = new ControllerLife();
    private final SettingChanges settings;
    private final Reachability reachability;
    private final List<JournalEvent> completed = new ArrayList<>();

    private Snapshot prev;

    /**
     * @param interval the poll interval, which tells a gap (more than three of them) from a late poll
     * @param first true when the controller has no stored poll before the first one given: its error and switch-off
     *     slots are history
     */
    public Walker(Catalog catalog, Duration interval, boolean first) {
        Objects.requireNonNull(catalog, "catalog");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval " + interval + " is not positive");
        }
        this.first = first;
        this.slots = new SlotFiles(catalog);
        this.operation = new Operation(catalog, interval);
        this.settings = new SettingChanges(catalog);
        this.reachability = new Reachability(interval, first);
    }

    /**
     * The next stored poll, not before the last poll or failed poll given. The walker keeps it until the next one,
     * so its arrays must not change.
     */
    public void poll(Snapshot snapshot) {
        Reachability.Since since = reachability.polled(snapshot.time(), completed);
        if (prev == null) {
            // the slots of a later first poll were seen by the walk that stored the poll before it
            if (first) {
                slots.step(null, snapshot, true, completed);
            }
            operation.begin(snapshot);
        } else {
            boolean restartFiled = slots.step(prev, snapshot, false, completed);
            operation.step(prev, snapshot, since.blind(), completed);
            life.step(prev, snapshot, since.failures(), restartFiled, completed);
            settings.step(prev, snapshot, completed);
        }
        prev = snapshot;
    }

    /** A poll that failed (the controller unreachable or its answer rejected), in time order with the polls. */
    public void failed(Instant time, String reason) {
        reachability.failed(time, reason, completed);
    }

    /** The events completed since the last drain, in the order they were completed. */
    public List<JournalEvent> drain() {
        List<JournalEvent> events = List.copyOf(completed);
        completed.clear();
        return events;
    }

    /** The time of the last poll or failed poll given, null before any. */
    public Instant last() {
        return reachability.last();
    }
}
