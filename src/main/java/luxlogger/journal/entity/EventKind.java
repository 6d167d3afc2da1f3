package luxlogger.journal.entity;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the journal records. The keys are names in the API, the CSV and the database, and never change. An
 * interval kind has an end ({@link JournalEvent#ended}); a point kind has none.
 */
public enum EventKind {
    ERROR(false),
    SWITCH_OFF(false),
    COMPRESSOR_RUN(true),
    DEFROST(true),
    HOT_WATER_RUN(true),
    UTILITY_LOCK(true),
    OPERATING_MODE(false),
    CONTROLLER_RESTART(false),
    CLOCK_SET(false),
    FIRMWARE_CHANGE(false),
    UNREACHABLE(true),
    LOGGER_DOWN(true),
    SETTING_CHANGE(false);

    private final boolean interval;

    EventKind(boolean interval) {
        this.interval = interval;
    }

    /** The key, e.g. {@code switch-off}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean interval() {
        return interval;
    }

    /** The kind of a key, case-insensitive. */
    public static EventKind of(String key) {
        return Arrays.stream(values())
                .filter(k -> k.key().equalsIgnoreCase(key.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kind='" + key + "' is unknown: use one of "
                        + Arrays.stream(values()).map(EventKind::key).toList()));
    }
}
