package luxlogger.simulator.control;

import java.nio.ByteBuffer;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * One response of the controller as big-endian bytes (PROTOCOL.md §2): {@code echo, n, n × int32} for 3003,
 * {@code echo, status, n, n × int32} for 3004, {@code echo, n, n × int8} for 3005.
 */
record SimulatorAnswer(Group group, byte[] bytes) {

    static SimulatorAnswer of(Group group, Snapshot snapshot) {
        ByteBuffer buffer;
        switch (group) {
            case PARAMETERS -> {
                int[] values = snapshot.parameters();
                buffer = ByteBuffer.allocate(8 + 4 * values.length)
                        .putInt(group.command())
                        .putInt(values.length);
                buffer.asIntBuffer().put(values);
            }
            case CALCULATIONS -> {
                int[] values = snapshot.calculations();
                buffer = ByteBuffer.allocate(12 + 4 * values.length)
                        .putInt(group.command())
                        .putInt(0)
                        .putInt(values.length);
                buffer.asIntBuffer().put(values);
            }
            default -> {
                byte[] values = snapshot.visibilities();
                buffer = ByteBuffer.allocate(8 + values.length)
                        .putInt(group.command())
                        .putInt(values.length);
                buffer.put(values);
            }
        }
        return new SimulatorAnswer(group, buffer.array());
    }

    SimulatorAnswer withEcho(int echo) {
        return withWord(0, echo);
    }

    /** Only 3004 has a status word. */
    SimulatorAnswer withStatus(int status) {
        return group == Group.CALCULATIONS ? withWord(4, status) : this;
    }

    SimulatorAnswer withCount(int count) {
        return withWord(group == Group.CALCULATIONS ? 8 : 4, count);
    }

    private SimulatorAnswer withWord(int offset, int value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).putInt(offset, value);
        return new SimulatorAnswer(group, copy);
    }
}
