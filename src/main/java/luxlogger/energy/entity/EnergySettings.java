package luxlogger.energy.entity;

import java.time.Month;
import luxlogger.configuration.control.SettingsReader;

/**
 * How the energy figures are grouped.
 *
 * @param seasonStart the month a heating season begins with, on its 1st
 */
public record EnergySettings(Month seasonStart) {

    /**
     * Reads {@code season.start.month} ({@code SEASON_START_MONTH}), 1 to 12, by default 9 (September).
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming the variable
     */
    public static EnergySettings from(SettingsReader reader) {
        int month = reader.integer("season.start.month", 1, 12, "a month from 1 (January) to 12 (December)");
        return reader.valid(new EnergySettings(Month.of(month)));
    }
}
