package luxlogger.diagnosis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import org.junit.jupiter.api.Test;

class InstallationSettingsTest {

    private final GivenSettings given = new GivenSettings();

    private InstallationSettings read(String... controllers) {
        return InstallationSettings.from(given.reader(), List.of(controllers));
    }

    @Test
    void nothingIsGivenByDefault() {
        InstallationSettings settings = read("heatpump");

        assertThat(settings.source("heatpump")).isEmpty();
        assertThat(settings.ratedOutputKw("heatpump")).isEmpty();
    }

    @Test
    void aControllersOwnFormWinsOverTheCommonOne() {
        given.set("heatpump.source", "air")
                .set("heatpump.source.cellar", "ground")
                .set("rated.output.kw", "9")
                .set("rated.output.kw.site_b", "7.5");

        InstallationSettings settings = read("cellar", "site-b");

        assertThat(settings.source("cellar")).contains(HeatSource.GROUND);
        assertThat(settings.source("site-b")).contains(HeatSource.AIR);
        assertThat(settings.ratedOutputKw("cellar")).contains(9.0);
        assertThat(settings.ratedOutputKw("site-b")).contains(7.5);
    }

    @Test
    void badValuesAreNamedByTheirVariables() {
        given.set("heatpump.source", "steam")
                .set("rated.output.kw", "-3")
                .set("heatpump.source.site_b", "geothermal")
                .set("rated.output.kw.cellar", "7,5");

        assertThatThrownBy(() -> read("cellar", "site-b"))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "HEATPUMP_SOURCE='steam' is invalid: expected air, ground or water",
                                        "RATED_OUTPUT_KW='-3' is invalid: expected the heat pump's rated heat output in kW,"
                                                + " a number above 0 and at most 1000, e.g. 7.5",
                                        "RATED_OUTPUT_KW_CELLAR='7,5' is invalid: expected the heat pump's rated heat output"
                                                + " in kW, a number above 0 and at most 1000, e.g. 7.5",
                                        "HEATPUMP_SOURCE_SITE_B='geothermal' is invalid: expected air, ground or water"));
    }

    @Test
    void aRatedOutputOfNothingOrATyposThousandsIsRefused() {
        given.set("rated.output.kw", "0");
        assertThatThrownBy(() -> read()).isInstanceOf(InvalidSettingsException.class);
        given.set("rated.output.kw", "7500");
        assertThatThrownBy(() -> read()).isInstanceOf(InvalidSettingsException.class);
        given.set("rated.output.kw", "NaN");
        assertThatThrownBy(() -> read()).isInstanceOf(InvalidSettingsException.class);
    }
}
