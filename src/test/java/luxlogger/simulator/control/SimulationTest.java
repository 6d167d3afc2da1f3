package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.simulator.entity.SimulatorFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulated heat pumps' settings: SIMULATOR_PROFILE, SIMULATOR_FAULT and SIMULATOR_SPEED. */
class SimulationTest {

    private final GivenSettings given = new GivenSettings();

    private Simulation settings() {
        return Simulation.from(given.reader());
    }

    @Test
    void defaultsAreTheCurrentProfileInRealTimeWithoutFaults() {
        Simulation simulation = settings();

        assertThat(simulation).isEqualTo(new Simulation(Profile.CURRENT, Map.of(), Map.of(), 1.0));
        assertThat(simulation.profile("heatpump")).isEqualTo(Profile.CURRENT);
        assertThat(simulation.fault("heatpump")).isEqualTo(SimulatorFault.NONE);
    }

    @Test
    void oneProfileInAnyCaseIsEveryControllersProfile() {
        given.set("simulator.profile", "BOUNI_v3.78").set("simulator.speed", "120");

        Simulation simulation = settings();

        assertThat(simulation.profile("heatpump")).isEqualTo(Profile.BOUNI_V3_78);
        assertThat(simulation.profile("annex")).isEqualTo(Profile.BOUNI_V3_78);
        assertThat(simulation.speed()).isEqualTo(120.0);
    }

    @Test
    void aListGivesNamedControllersTheirProfileAndOthersTheCurrentOne() {
        given.set("simulator.profile", "cellar=bouni_v3.78, annex = COOLCHIP_V1.80");

        Simulation simulation = settings();

        assertThat(simulation.profile("cellar")).isEqualTo(Profile.BOUNI_V3_78);
        assertThat(simulation.profile("annex")).isEqualTo(Profile.COOLCHIP_V1_80);
        assertThat(simulation.profile("attic")).isEqualTo(Profile.CURRENT);
    }

    @Test
    void aFaultBelongsOnlyToTheNamedControllers() {
        given.set("simulator.fault", "annex=hang,attic=Wrong_Echo");

        Simulation simulation = settings();

        assertThat(simulation.fault("annex")).isEqualTo(SimulatorFault.HANG);
        assertThat(simulation.fault("attic")).isEqualTo(SimulatorFault.WRONG_ECHO);
        assertThat(simulation.fault("cellar")).isEqualTo(SimulatorFault.NONE);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "simulator.speed   | fast                   | SIMULATOR_SPEED='fast' is invalid: expected a factor from 0.001 to 100000 (1 = real time)",
                "simulator.profile | v9.99                  | SIMULATOR_PROFILE='v9.99' is invalid: expected one of [current, bouni_v3.78, coolchip_v1.80], or name=profile entries",
                "simulator.profile | cellar=v9              | SIMULATOR_PROFILE='cellar=v9' is invalid: expected name=profile entries separated by commas, e.g. cellar=bouni_v3.78,annex=current; one of [current, bouni_v3.78, coolchip_v1.80] after the name, but 'v9' in 'cellar=v9' is not one",
                "simulator.profile | Cellar=current         | SIMULATOR_PROFILE='Cellar=current' is invalid: expected name=profile entries separated by commas, e.g. cellar=bouni_v3.78,annex=current; names matching [a-z0-9][a-z0-9-]{0,31}, but 'Cellar' in 'Cellar=current' is not one",
                "simulator.profile | cellar=current,current | SIMULATOR_PROFILE='cellar=current,current' is invalid: expected name=profile entries separated by commas, e.g. cellar=bouni_v3.78,annex=current; but 'current' is no such entry",
                "simulator.profile | a=current,a=current    | SIMULATOR_PROFILE='a=current,a=current' is invalid: expected name=profile entries separated by commas, e.g. cellar=bouni_v3.78,annex=current; each name once, but 'a' is given more than once",
                "simulator.fault   | annex=flaky            | SIMULATOR_FAULT='annex=flaky' is invalid: expected name=fault entries separated by commas, e.g. annex=hang; one of [none, slow, drop, split, wrong_echo, busy, absurd_length, refuse, hang] after the name, but 'flaky' in 'annex=flaky' is not one",
                "simulator.fault   | hang                   | SIMULATOR_FAULT='hang' is invalid: expected name=fault entries separated by commas, e.g. annex=hang; but 'hang' is no such entry",
                "simulator.fault   | annex=hang,            | SIMULATOR_FAULT='annex=hang,' is invalid: expected name=fault entries separated by commas, e.g. annex=hang; but '' is no such entry",
                "simulator.fault   | -annex=hang            | SIMULATOR_FAULT='-annex=hang' is invalid: expected name=fault entries separated by commas, e.g. annex=hang; names matching [a-z0-9][a-z0-9-]{0,31}, but '-annex' in '-annex=hang' is not one",
            })
    void rejectsABadValueNamingTheVariableAndTheEntry(String property, String value, String message) {
        given.set(property, value);

        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith(message));
    }

    @Test
    void reportsEveryBadEntryOfEveryVariableAtOnce() {
        given.set("simulator.profile", "cellar=v9,annex=v8").set("simulator.fault", "annex=flaky");

        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .hasSize(3)
                                .anySatisfy(p -> assertThat(p).contains("'v9' in 'cellar=v9'"))
                                .anySatisfy(p -> assertThat(p).contains("'v8' in 'annex=v8'"))
                                .anySatisfy(p -> assertThat(p).startsWith("SIMULATOR_FAULT='annex=flaky'")));
    }
}
