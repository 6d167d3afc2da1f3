package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import luxlogger.luxtronik.entity.Group;
import org.junit.jupiter.api.Test;

class SimulatorReplayTest {

    @Test
    void answersFrozenCoolchipProfileByteForByteLikeTheRecordedController() throws Exception {
        var options = SimulatorOptions.of(Profile.COOLCHIP_V1_80).withFrozen(true);
        try (Simulator simulator = new Simulator(options);
                RawClient client = new RawClient(simulator.port())) {
            for (Group group : Group.values()) {
                assertThat(client.answer(group))
                        .as("answer to %d", group.command())
                        .isEqualTo(recorded(group.command()));
            }
            assertThat(simulator.completeReads()).isEqualTo(1);
        }
    }

    @Test
    void servesAnyNumberOfRequestsOnOneConnectionInAnyOrder() throws Exception {
        var options = SimulatorOptions.of(Profile.COOLCHIP_V1_80).withFrozen(true);
        try (Simulator simulator = new Simulator(options);
                RawClient client = new RawClient(simulator.port())) {
            // openHAB and FHEM order: 3004, 3003, 3005; then python-luxtronik's order twice more
            for (Group group : new Group[] {Group.CALCULATIONS, Group.PARAMETERS, Group.VISIBILITIES}) {
                assertThat(client.answer(group)).isEqualTo(recorded(group.command()));
            }
            for (int i = 0; i < 2; i++) {
                for (Group group : Group.values()) {
                    assertThat(client.answer(group)).isEqualTo(recorded(group.command()));
                }
            }
            assertThat(simulator.completeReads()).isEqualTo(3);
            assertThat(simulator.connections()).isEqualTo(1);
        }
    }

    private static byte[] recorded(int command) throws Exception {
        String file = "/dumps/coolchip_v1.80." + command + ".bin";
        try (InputStream in = SimulatorReplayTest.class.getResourceAsStream(file)) {
            return in.readAllBytes();
        }
    }
}
