package luxlogger.imports.control;

/** A row of the earlier logger's database that gives no poll; the message says why. */
final class RejectedRow extends Exception {

    RejectedRow(String reason) {
        super(reason, null, false, false);
    }
}
