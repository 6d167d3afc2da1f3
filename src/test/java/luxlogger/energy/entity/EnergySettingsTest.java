package luxlogger.energy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import org.junit.jupiter.api.Test;

class EnergySettingsTest {

    private final GivenSettings given = new GivenSettings();

    @Test
    void heatingSeasonsStartInSeptemberByDefault() {
        assertThat(EnergySettings.from(given.reader()).seasonStart()).isEqualTo(Month.SEPTEMBER);
    }

    @Test
    void aSeasonStartOutsideTheMonthsNamesTheVariable() {
        given.set("season.start.month", "13");

        assertThatThrownBy(() -> EnergySettings.from(given.reader()))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("SEASON_START_MONTH"));
    }

    @Test
    void aSeasonMayStartInAnyMonth() {
        given.set("season.start.month", "7");

        assertThat(EnergySettings.from(given.reader()).seasonStart()).isEqualTo(Month.JULY);
    }
}
