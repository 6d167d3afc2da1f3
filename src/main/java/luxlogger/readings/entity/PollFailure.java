package luxlogger.readings.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * A failed poll on its way to the database ({@link FailedPoll}), or read back from it. Like {@link ControllerPoll},
 * it carries the controller's name, since the database may not be reachable when the poll fails.
 *
 * @param controller the controller's name
 * @param time when the poll failed
 * @param reason why: what the controller's connection reported, or why its answer was rejected
 */
public record PollFailure(String controller, Instant time, String reason) {

    public PollFailure {
        Objects.requireNonNull(time, "time");
        // the column is NOT NULL: an exception without a message must not make the row unwritable
        reason = reason == null || reason.isBlank() ? "unknown" : reason;
    }
}
