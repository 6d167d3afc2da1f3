package luxlogger.readings.control;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What a class logs while a test runs, through java.util.logging, where System.Logger writes outside the
 * server. Messages are formatted as the log shows them.
 */
final class CapturedLog extends Handler implements AutoCloseable {

    private static final SimpleFormatter FORMAT = new SimpleFormatter();

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
    }

    static CapturedLog of(Class<?> source) {
        return of(source.getName());
    }

    /** What the named logger and those below it log, e.g. all of a package. */
    static CapturedLog of(String name) {
        var log = new CapturedLog(Logger.getLogger(name));
        log.logger.addHandler(log);
        return log;
    }

    /** The messages at ERROR (SEVERE). */
    List<String> errors() {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(r -> FORMAT.formatMessage(r))
                .toList();
    }

    /** The messages at WARNING. */
    List<String> warnings() {
        return records.stream()
                .filter(r -> r.getLevel() == Level.WARNING)
                .map(r -> FORMAT.formatMessage(r))
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
        // kept in memory
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
