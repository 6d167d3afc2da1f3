package luxlogger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import luxlogger.simulator.control.Scenario;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code simulate --scenario NAME}: the simulated installation the health report is shown with. */
class SimulateScenarioTest {

    private record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    private static SimulateCommand parsed(String... args) {
        SimulateCommand simulate = new SimulateCommand();
        new CommandLine(simulate).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return simulate;
    }

    @Test
    void theScenarioIsNormalUnlessNamed() {
        assertThat(parsed("--port=0").options().scenario()).isEqualTo(Scenario.NORMAL);
        assertThat(parsed("--port=0", "--scenario=short-cycling").options().scenario())
                .isEqualTo(Scenario.SHORT_CYCLING);
    }

    @Test
    void everyHeatPumpOfSeveralPlaysTheScenario() {
        SimulateCommand simulate = parsed("--port=0", "--scenario=warm-defrosts", "--heat-pump=cellar=current");

        assertThat(simulate.simulators().get("cellar").scenario()).isEqualTo(Scenario.WARM_DEFROSTS);
    }

    @Test
    void unknownScenarioIsAUsageErrorListingTheKnownOnes() {
        Result result = run("simulate", "--port", "0", "--scenario", "broken");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("Invalid value for option '--scenario'")
                .contains("unknown scenario 'broken'")
                .contains(Arrays.stream(Scenario.values()).map(Scenario::key).toList());
    }

    @Test
    void aFrozenSimulatorPlaysNoScenario() {
        Result result = run("simulate", "--port", "0", "--frozen", "--scenario", "healthy");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("--frozen and --scenario exclude each other");
    }

    @Test
    void helpNamesTheScenarios() {
        assertThat(run("help", "simulate").out())
                .contains("--scenario=NAME", "normal", "healthy", "short-cycling", "backup-heater-mild");
    }
}
