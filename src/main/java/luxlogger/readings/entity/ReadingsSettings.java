package luxlogger.readings.entity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import luxlogger.configuration.control.SettingsReader;

/**
 * Polling and storage: how often to poll, where the database lives and how long polls are kept.
 *
 * @param zone the zone in which dates without an offset are read, e.g. {@code from=2026-01-31}
 */
public record ReadingsSettings(Duration interval, Path cachePath, int retentionDays, ZoneId zone) {

    /**
     * Reads {@code interval.sec}, {@code cache.path}, {@code retention.days} and {@code tz}.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming every unusable value
     */
    public static ReadingsSettings from(SettingsReader reader) {
        Duration interval = interval(reader);
        Path cachePath = reader.path("cache.path");
        int retention = reader.integer("retention.days", 1, 36_500, "a whole number of days from 1 to 36500");
        ZoneId zone = reader.zone("tz");
        return reader.valid(new ReadingsSettings(interval, cachePath, retention, zone));
    }

    /** The poll interval alone, with the same bounds, for the command line's {@code collect}. */
    public static Duration interval(SettingsReader reader) {
        return Duration.ofSeconds(
                reader.integer("interval.sec", 1, 86_400, "a whole number of seconds from 1 to 86400"));
    }
}
