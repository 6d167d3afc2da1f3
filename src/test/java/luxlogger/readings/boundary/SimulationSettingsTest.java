package luxlogger.readings.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulated heat pump's settings, read where it is started. */
class SimulationSettingsTest {

    private final GivenSettings given = new GivenSettings();

    private Controller.Simulation settings() {
        return Controller.Simulation.from(given.reader());
    }

    @Test
    void defaultsAreTheCurrentProfileInRealTime() {
        assertThat(settings()).isEqualTo(new Controller.Simulation(Profile.CURRENT, 1.0));
    }

    @Test
    void readsAProfileByKeyInAnyCase() {
        given.set("simulator.profile", "BOUNI_v3.78").set("simulator.speed", "120");
        assertThat(settings()).isEqualTo(new Controller.Simulation(Profile.of("bouni_v3.78"), 120.0));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "simulator.speed   | fast       | SIMULATOR_SPEED='fast' is invalid: expected a factor from 0.001 to 100000 (1 = real time)",
                "simulator.speed   | 0          | SIMULATOR_SPEED='0' is invalid",
                "simulator.profile | v9.99      | SIMULATOR_PROFILE='v9.99' is invalid: expected one of [current, bouni_v3.78, coolchip_v1.80]",
            })
    void rejectsABadValueNamingTheVariable(String property, String value, String message) {
        given.set(property, value);
        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith(message));
    }
}
