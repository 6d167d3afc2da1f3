package luxlogger.readings.control;

/** The database did not take a write; the polls concerned are kept by the buffer. */
public class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
