package luxlogger.energy.control;

import java.time.Instant;
import java.util.Arrays;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Raw controller arrays for the tests, long enough for every register of the summary (firmware 3.9x lengths),
 * zero except what a test sets; {@link #at} takes a snapshot of the current values.
 */
final class RawPoll {

    private int[] parameters;
    private final int[] calculations;
    private final byte[] visibilities = new byte[400];

    /** Arrays of these lengths, firmware {@code firmware} in calculations 81-90. */
    RawPoll(String firmware, int parameterCount, int calculationCount) {
        parameters = new int[parameterCount];
        calculations = new int[calculationCount];
        firmware(firmware);
    }

    RawPoll(String firmware) {
        this(firmware, 1150, 270);
    }

    /** Writes the firmware as the controller does: one character code per calculation, 0 after the end. */
    RawPoll firmware(String firmware) {
        for (int i = 0; i < 10 && 81 + i < calculations.length; i++) {
            calculations[81 + i] = i < firmware.length() ? firmware.charAt(i) : 0;
        }
        return this;
    }

    RawPoll c(int index, int raw) {
        calculations[index] = raw;
        return this;
    }

    RawPoll p(int index, int raw) {
        parameters[index] = raw;
        return this;
    }

    /** Shortens or lengthens the parameters, as a firmware update does. */
    RawPoll parameters(int count) {
        parameters = Arrays.copyOf(parameters, count);
        return this;
    }

    Snapshot at(Instant time) {
        return new Snapshot(time, parameters.clone(), calculations.clone(), visibilities.clone());
    }
}
