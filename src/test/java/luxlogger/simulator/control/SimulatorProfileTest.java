package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatorProfileTest {

    @ParameterizedTest
    @CsvSource({"current, 1160, 269, 380", "bouni_v3.78, 1075, 232, 327", "coolchip_v1.80, 1086, 200, 336"})
    void servesTheArrayLengthsOfEachProfile(String key, int parameters, int calculations, int visibilities)
            throws Exception {
        var options = SimulatorOptions.of(Profile.of(key));
        try (Simulator simulator = new Simulator(options);
                RawClient client = new RawClient(simulator.port())) {
            assertThat(client.ints(Group.PARAMETERS)).hasSize(parameters);
            assertThat(client.ints(Group.CALCULATIONS)).hasSize(calculations);
            assertThat(client.answer(Group.VISIBILITIES)).hasSize(8 + visibilities);
        }
    }

    @Test
    void currentProfileHasTheLengthsOfTheFieldTables() {
        Snapshot current = Profile.CURRENT.snapshot();
        assertThat(current.length(Group.PARAMETERS))
                .isEqualTo(Profile.lines("/luxtronik/parameters.tsv").size() - 1);
        assertThat(current.length(Group.CALCULATIONS)).isEqualTo(269);
        assertThat(current.length(Group.VISIBILITIES)).isEqualTo(380);
    }

    @Test
    void currentProfileReportsFirmwareV3921AsOneAsciiCodePerInt() {
        int[] calculations = Profile.CURRENT.snapshot().calculations();
        String firmware = IntStream.rangeClosed(81, 90)
                .filter(i -> calculations[i] != 0)
                .mapToObj(i -> String.valueOf((char) calculations[i]))
                .collect(Collectors.joining());
        assertThat(firmware).isEqualTo("V3.92.1");
    }

    @Test
    void currentProfileStartsFromTheV378DumpWhereItHasValues() {
        Snapshot current = Profile.CURRENT.snapshot();
        Snapshot v378 = Profile.BOUNI_V3_78.snapshot();
        for (int i = 0; i < v378.parameters().length; i++) {
            assertThat(current.parameters()[i]).as("parameter %d", i).isEqualTo(v378.parameters()[i]);
        }
        assertThat(current.calculations()[15]).as("outdoor").isEqualTo(-40);
        assertThat(current.calculations()[10]).as("flow").isEqualTo(454);
        assertThat(current.calculations()[151]).as("heat meter heating").isEqualTo(87727);
    }

    @Test
    void snapshotsAreIndependentCopies() {
        Profile.BOUNI_V3_78.snapshot().calculations()[15] = 999;
        assertThat(Profile.BOUNI_V3_78.snapshot().calculations()[15]).isEqualTo(-40);
    }

    @Test
    void findsProfilesByKeyAndRejectsUnknownOnes() {
        assertThat(Profile.of("coolchip_v1.80")).isEqualTo(Profile.COOLCHIP_V1_80);
        assertThat(Profile.of("CURRENT")).isEqualTo(Profile.CURRENT);
        assertThatThrownBy(() -> Profile.of("v9.99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bouni_v3.78");
    }
}
