package luxlogger.imports.entity;

import java.util.Objects;

/**
 * A row of the earlier logger's database that gave no poll.
 *
 * @param row the row's {@code timestamp} as stored (Unix seconds), which identifies it
 * @param reason what is wrong with it, e.g. broken JSON with the parser's position
 */
public record Rejection(String row, String reason) {

    public Rejection {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(reason, "reason");
    }
}
