package luxlogger.luxtronik.control;

/** The controller could not be read; the message names the address and what went wrong. */
public class ControllerException extends Exception {

    private final boolean busy;

    public ControllerException(String message, boolean busy, Throwable cause) {
        super(message, cause);
        this.busy = busy;
    }

    public ControllerException(String message) {
        this(message, false, null);
    }

    /** True when the controller said it is busy (non-zero 3004 status): worth asking again shortly. */
    public boolean busy() {
        return busy;
    }
}
