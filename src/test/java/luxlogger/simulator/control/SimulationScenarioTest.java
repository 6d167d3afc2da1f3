package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.luxtronik.control.Connector;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SIMULATOR_SCENARIO: the simulated installation of every controller, or of named ones, as SIMULATOR_PROFILE. */
class SimulationScenarioTest {

    private final GivenSettings given = new GivenSettings();

    private Simulation settings() {
        return Simulation.from(given.reader());
    }

    @Test
    void everyControllerIsNormalByDefault() {
        Simulation simulation = settings();

        assertThat(simulation.scenario()).isEqualTo(Scenario.NORMAL);
        assertThat(simulation.scenarios()).isEmpty();
        assertThat(simulation.scenario("heatpump")).isEqualTo(Scenario.NORMAL);
    }

    @Test
    void oneScenarioInAnyCaseIsEveryControllersScenario() {
        given.set("simulator.scenario", "Short-Cycling").set("simulator.profile", "cellar=bouni_v3.78");

        Simulation simulation = settings();

        assertThat(simulation.scenario("heatpump")).isEqualTo(Scenario.SHORT_CYCLING);
        assertThat(simulation.scenario("cellar")).isEqualTo(Scenario.SHORT_CYCLING);
        assertThat(simulation.profile("cellar")).isEqualTo(Profile.BOUNI_V3_78);
    }

    @Test
    void aListGivesNamedControllersTheirScenarioAndOthersTheNormalOne() {
        given.set("simulator.scenario", "cellar=healthy, annex = WARM_DEFROSTS");

        Simulation simulation = settings();

        assertThat(simulation.scenario("cellar")).isEqualTo(Scenario.HEALTHY);
        assertThat(simulation.scenario("annex")).isEqualTo(Scenario.WARM_DEFROSTS);
        assertThat(simulation.scenario("attic")).isEqualTo(Scenario.NORMAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "broken          | SIMULATOR_SCENARIO='broken' is invalid: expected one of [normal, healthy, short-cycling, curve-too-high, hot-water-hot, backup-heater-mild, warm-defrosts, low-flow, curve-too-low, poor-efficiency, standby], or name=scenario entries separated by commas",
                "cellar=broken   | SIMULATOR_SCENARIO='cellar=broken' is invalid: expected name=scenario entries separated by commas, e.g. cellar=healthy,annex=short-cycling; one of [normal, healthy, short-cycling, curve-too-high, hot-water-hot, backup-heater-mild, warm-defrosts, low-flow, curve-too-low, poor-efficiency, standby] after the name, but 'broken' in 'cellar=broken' is not one",
                "cellar=healthy, | SIMULATOR_SCENARIO='cellar=healthy,' is invalid: expected name=scenario entries separated by commas, e.g. cellar=healthy,annex=short-cycling; but '' is no such entry",
            })
    void rejectsABadValueNamingTheVariableAndTheEntry(String value, String message) {
        given.set("simulator.scenario", value);

        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith(message));
    }

    @Test
    void aNamedControllersSimulatorPlaysItsScenario() throws Exception {
        Simulation simulation = new Simulation(
                Profile.CURRENT, Map.of(), Map.of(), 1, Scenario.NORMAL, Map.of("annex", Scenario.HOT_WATER_HOT));
        try (var pumps = new SimulatedHeatPumps(simulation)) {
            int annex = pumps.start("annex");
            pumps.start("attic");

            Snapshot read = new Connector("127.0.0.1", annex, Duration.ofSeconds(5), 0, Duration.ZERO).read();

            assertThat(pumps.simulator("annex").orElseThrow().options().scenario())
                    .isEqualTo(Scenario.HOT_WATER_HOT);
            assertThat(pumps.simulator("attic").orElseThrow().options().scenario())
                    .isEqualTo(Scenario.NORMAL);
            assertThat(read.parameters()[2])
                    .as("P2, the hot-water setpoint of the scenario")
                    .isEqualTo(550);
        }
    }
}
