package luxlogger.luxtronik.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One complete read of the controller: the raw arrays exactly as received, with their lengths as
 * the controller sent them, and the UTC instant the read finished.
 */
public record Snapshot(Instant time, int[] parameters, int[] calculations, byte[] visibilities) {

    public Snapshot {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(calculations, "calculations");
        Objects.requireNonNull(visibilities, "visibilities");
    }

    /** Number of values in all three groups. */
    public int size() {
        return parameters.length + calculations.length + visibilities.length;
    }

    /** The lengths of the three arrays. */
    public Shape shape() {
        return new Shape(parameters.length, calculations.length, visibilities.length);
    }

    /** Number of raw values in one group. */
    public int length(Group group) {
        return switch (group) {
            case PARAMETERS -> parameters.length;
            case CALCULATIONS -> calculations.length;
            case VISIBILITIES -> visibilities.length;
        };
    }

    /** The raw value at an index of a group (visibilities as signed bytes). */
    public int raw(Group group, int index) {
        return switch (group) {
            case PARAMETERS -> parameters[index];
            case CALCULATIONS -> calculations[index];
            case VISIBILITIES -> visibilities[index];
        };
    }

    /** True when the group has a value at this index. */
    public boolean has(Group group, int index) {
        return index >= 0 && index < length(group);
    }

    /** How many raw values differ from another snapshot with the same array lengths. */
    public int differences(Snapshot other) {
        if (!shape().equals(other.shape())) {
            throw new IllegalArgumentException("snapshots of different array lengths");
        }
        int count = 0;
        for (int i = 0; i < parameters.length; i++) {
            count += parameters[i] != other.parameters[i] ? 1 : 0;
        }
        for (int i = 0; i < calculations.length; i++) {
            count += calculations[i] != other.calculations[i] ? 1 : 0;
        }
        for (int i = 0; i < visibilities.length; i++) {
            count += visibilities[i] != other.visibilities[i] ? 1 : 0;
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Snapshot s
                && time.equals(s.time)
                && Arrays.equals(parameters, s.parameters)
                && Arrays.equals(calculations, s.calculations)
                && Arrays.equals(visibilities, s.visibilities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                time, Arrays.hashCode(parameters), Arrays.hashCode(calculations), Arrays.hashCode(visibilities));
    }

    @Override
    public String toString() {
        return "Snapshot[" + time + ", " + parameters.length + " parameters, " + calculations.length + " calculations, "
                + visibilities.length + " visibilities]";
    }
}
