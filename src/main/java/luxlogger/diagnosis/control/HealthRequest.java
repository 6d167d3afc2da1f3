package luxlogger.diagnosis.control;

import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import luxlogger.diagnosis.entity.InstallationSettings;

/**
 * What a health report is asked for, with the settings it depends on, so that it can be computed with or without
 * the server.
 *
 * @param week the ISO week, e.g. {@code 2026-W49}; null for any other range
 * @param zone the zone whose midnights bound the days (TZ)
 * @param interval the poll interval (gaps over three intervals are not covered)
 * @param seasonStart the month heating seasons start with (SEASON_START_MONTH)
 * @param now the time of the computation: the figures end there when the period reaches beyond it
 */
public record HealthRequest(
        String controller,
        Instant from,
        Instant to,
        String week,
        ZoneId zone,
        Duration interval,
        Month seasonStart,
        InstallationSettings installation,
        Instant now) {

    public HealthRequest {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
        }
    }
}
