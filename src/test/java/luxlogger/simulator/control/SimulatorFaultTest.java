package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import luxlogger.luxtronik.entity.Group;
import luxlogger.simulator.entity.SimulatorFault;
import org.junit.jupiter.api.Test;

class SimulatorFaultTest {

    private static final int PARAMETERS = 1160;
    private static final int ANSWER_3003 = 8 + 4 * PARAMETERS;

    private static Simulator simulator(SimulatorFault fault) throws Exception {
        return new Simulator(SimulatorOptions.of(Profile.CURRENT)
                .withFrozen(true)
                .withFaults(FaultPolicy.always(fault))
                .withSlowDelay(Duration.ofMillis(800)));
    }

    @Test
    void slowAnswersOnlyAfterTheSlowDelay() throws Exception {
        try (Simulator simulator = simulator(SimulatorFault.SLOW);
                RawClient client = new RawClient(simulator.port(), Duration.ofMillis(200))) {
            client.send(3003, 0);
            assertThatThrownBy(client.in::readInt).isInstanceOf(SocketTimeoutException.class);
            client.socket.setSoTimeout(5000);
            assertThat(client.in.readInt()).isEqualTo(3003);
            assertThat(client.in.readInt()).isEqualTo(PARAMETERS);
            assertThat(simulator.connections(SimulatorFault.SLOW)).isEqualTo(1);
        }
    }

    @Test
    void dropClosesTheConnectionInTheMiddleOfTheFirstAnswer() throws Exception {
        try (Simulator simulator = simulator(SimulatorFault.DROP);
                RawClient client = new RawClient(simulator.port())) {
            client.send(3003, 0);
            byte[] received = client.in.readAllBytes();
            assertThat(received.length).isEqualTo(ANSWER_3003 / 2);
            assertThat(ByteBuffer.wrap(received).getInt(0)).isEqualTo(3003);
            assertThat(simulator.completeReads()).isZero();
        }
    }

    @Test
    void splitDeliversCorrectDataInPiecesOfAtMostThreeBytes() throws Exception {
        byte[] healthy;
        try (Simulator simulator = simulator(SimulatorFault.NONE);
                RawClient client = new RawClient(simulator.port())) {
            healthy = client.answer(Group.CALCULATIONS);
        }
        try (Simulator simulator = simulator(SimulatorFault.SPLIT);
                RawClient client = new RawClient(simulator.port())) {
            client.send(3004, 0);
            InputStream in = client.in;
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int reads = 0;
            int smallest = Integer.MAX_VALUE;
            while (received.size() < healthy.length) {
                int n = in.read(buffer);
                assertThat(n).isPositive();
                received.write(buffer, 0, n);
                reads++;
                smallest = Math.min(smallest, n);
            }
            System.out.printf(
                    "SPLIT: %d bytes arrived in %d reads, the smallest %d bytes%n", received.size(), reads, smallest);
            assertThat(received.toByteArray()).isEqualTo(healthy);
            assertThat(reads).as("reads").isGreaterThan(healthy.length / 30);
            assertThat(smallest).isLessThanOrEqualTo(3);
            client.answer(Group.PARAMETERS);
            client.answer(Group.VISIBILITIES);
            assertThat(simulator.completeReads())
                    .as("split data are still complete and correct")
                    .isEqualTo(1);
        }
    }

    @Test
    void wrongEchoAnswersWithTheNextCommand() throws Exception {
        try (Simulator simulator = simulator(SimulatorFault.WRONG_ECHO);
                RawClient client = new RawClient(simulator.port())) {
            client.send(3003, 0);
            assertThat(client.in.readInt()).isEqualTo(3004);
            assertThat(client.in.readInt()).isEqualTo(PARAMETERS);
        }
    }

    @Test
    void busySetsTheStatusWordAndStillSendsTheData() throws Exception {
        try (Simulator simulator = simulator(SimulatorFault.BUSY);
                RawClient client = new RawClient(simulator.port())) {
            ByteBuffer answer = ByteBuffer.wrap(client.answer(Group.CALCULATIONS));
            assertThat(answer.getInt(0)).isEqualTo(3004);
            assertThat(answer.getInt(4)).as("status").isEqualTo(1);
            assertThat(answer.getInt(8)).isEqualTo(269);
            assertThat(answer.capacity()).isEqualTo(12 + 4 * 269);
            assertThat(answer.getInt(12 + 4 * 15)).as("outdoor").isEqualTo(-40);
            assertThat(client.ints(Group.PARAMETERS))
                    .as("the connection stays usable")
                    .hasSize(PARAMETERS);
            client.answer(Group.VISIBILITIES);
            assertThat(simulator.completeReads())
                    .as("a busy set is not a correct one")
                    .isZero();
        }
    }

    @Test
    void absurdLengthSendsAHugeOrNegativeCountFollowedByTheRealValues() throws Exception {
        try (Simulator simulator = simulator(SimulatorFault.ABSURD_LENGTH);
                RawClient client = new RawClient(simulator.port())) {
            client.send(3003, 0);
            assertThat(client.in.readInt()).isEqualTo(3003);
            assertThat(client.in.readInt()).isEqualTo(1 << 30);
            assertThat(client.in.readNBytes(4 * PARAMETERS)).hasSize(4 * PARAMETERS);
            client.send(3004, 0);
            assertThat(client.in.readInt()).isEqualTo(3004);
            assertThat(client.in.readInt()).isZero();
            assertThat(client.in.readInt()).isEqualTo(-1);
        }
    }

    @Test
    void refuseClosesRightAfterAccepting() throws Exception {
        try (Simulator simulator = simulator(SimulatorFault.REFUSE);
                RawClient client = new RawClient(simulator.port())) {
            assertThat(client.closedByPeer()).isTrue();
            assertThat(simulator.connections()).isEqualTo(1);
        }
    }

    @Test
    void hangReadsTheRequestAndNeverAnswers() throws Exception {
        Simulator simulator = simulator(SimulatorFault.HANG);
        try (RawClient client = new RawClient(simulator.port(), Duration.ofMillis(300))) {
            client.send(3003, 0);
            assertThatThrownBy(client.in::read).isInstanceOf(SocketTimeoutException.class);
            long started = System.nanoTime();
            simulator.close();
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("close with a hanging connection")
                    .isLessThan(Duration.ofSeconds(2));
            client.socket.setSoTimeout(5000);
            assertThat(client.closedByPeer()).isTrue();
        } finally {
            simulator.close();
        }
    }

    @Test
    void faultsOnlyTheNextConnectionsWhenAskedTo() throws Exception {
        try (Simulator simulator = simulator(SimulatorFault.NONE)) {
            simulator.faults(FaultPolicy.next(2, SimulatorFault.REFUSE));
            for (int i = 0; i < 2; i++) {
                try (RawClient client = new RawClient(simulator.port())) {
                    assertThat(client.closedByPeer()).isTrue();
                }
            }
            try (RawClient client = new RawClient(simulator.port())) {
                assertThat(client.ints(Group.PARAMETERS)).hasSize(PARAMETERS);
            }
            assertThat(simulator.connections(SimulatorFault.REFUSE)).isEqualTo(2);
            assertThat(simulator.connections(SimulatorFault.NONE)).isEqualTo(1);
        }
    }

    @Test
    void randomPolicyFaultsAboutItsShareOfConnectionsReproducibly() {
        FaultPolicy policy = FaultPolicy.random(0.25, 9, SimulatorFault.DROP, SimulatorFault.HANG);
        FaultPolicy same = FaultPolicy.random(0.25, 9, SimulatorFault.DROP, SimulatorFault.HANG);
        int faulty = 0;
        for (int i = 0; i < 1000; i++) {
            SimulatorFault fault = policy.pick();
            assertThat(fault)
                    .isEqualTo(same.pick())
                    .isIn(SimulatorFault.NONE, SimulatorFault.DROP, SimulatorFault.HANG);
            faulty += fault == SimulatorFault.NONE ? 0 : 1;
        }
        assertThat(faulty).isBetween(200, 300);
    }
}
