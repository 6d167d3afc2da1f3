package luxlogger.readings.control;

import java.io.IOException;

/**
 * Stored bytes that cannot be decoded into exactly the values that were encoded: a failed check sum, a
 * truncated payload, an unknown format or a delta read against the wrong keyframe. Checked, so that every
 * reader decides what one bad row means to it (a report skips the poll) instead of showing wrong values.
 */
public class CorruptDataException extends IOException {

    public CorruptDataException(String message) {
        super(message);
    }

    public CorruptDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
