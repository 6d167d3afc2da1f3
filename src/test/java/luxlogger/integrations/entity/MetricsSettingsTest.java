package luxlogger.integrations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.luxtronik.entity.Field;
import org.junit.jupiter.api.Test;

class MetricsSettingsTest {

    @Test
    void addsNoFieldByDefault() {
        assertThat(settings(Map.of()).fields()).isEmpty();
    }

    @Test
    void takesNamesAndPatternsOfFieldsWithNumbers() {
        var settings = settings(Map.of("metrics.fields", " ID_WEB_Freq_VD_M* , parameters.ID_Einst_BWS_akt,,"));

        assertThat(settings.fields())
                .extracting(Field::column)
                .containsExactly(
                        "parameters.ID_Einst_BWS_akt",
                        "calculations.ID_WEB_Freq_VD_Min",
                        "calculations.ID_WEB_Freq_VD_Max");
    }

    @Test
    void leavesOutTextThatAPatternMatches() {
        var settings = settings(Map.of("metrics.fields", "calculations.ID_WEB_A*"));

        assertThat(settings.fields())
                .extracting(Field::name)
                .contains("ID_WEB_ASDin", "ID_WEB_AktuelleTimeStamp")
                .doesNotContain("ID_WEB_AdresseIP_akt", "ID_WEB_Add_StdGateway");
    }

    @Test
    void namesMetricsFieldsAndEachPatternThatMatchesNoNumber() {
        assertThatThrownBy(() -> settings(Map.of("metrics.fields", "Nope*,ID_WEB_Temperatur_TA,ID_WEB_Add*")))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("METRICS_FIELDS='Nope*,ID_WEB_Temperatur_TA,ID_WEB_Add*' is invalid")
                .hasMessageContaining("('Nope*', 'ID_WEB_Add*' match none)");
    }

    private static MetricsSettings settings(Map<String, String> values) {
        return MetricsSettings.from(new SettingsReader(property -> Optional.ofNullable(values.get(property))));
    }
}
