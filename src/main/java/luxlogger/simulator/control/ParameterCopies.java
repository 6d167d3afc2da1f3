package luxlogger.simulator.control;

import static luxlogger.simulator.control.ModelField.*;

import luxlogger.luxtronik.entity.Snapshot;

/**
 * The copies a real controller keeps on the parameter side of what it counts, refreshed at every poll: operating
 * seconds and starts (P668-P675, P728-P730 equal C63, C56, C58, C60-C62, C57, C59, C64-C66 in both dumps), the heat
 * meters in 0.01 kWh (P852, P854, P878, P879 = 10 × C154, C151, C152, C153: ENERGY.md §1) and the switch-off file
 * with the ring's next slot (P716-P725 equal C106-C115, P31; ENERGY.md §4). A logger that compares parameters between
 * polls meets them changing although nobody touched a setting, as it does on a real controller.
 */
final class ParameterCopies {

    /** The parameter side counts heat ten times finer (python-luxtronik PR 264: ratio 10 on 26 of 27 units). */
    private static final int HEAT_SCALE = 10;

    private ParameterCopies() {}

    /** Copies the calculations already rendered into {@code s}, and the ring's next slot, to the parameters. */
    static void write(Snapshot s, Meters meters) {
        copy(s, COUNTERS, COUNTER_COPIES, 1);
        copy(s, HEAT_METERS, HEAT_METER_COPIES, HEAT_SCALE);
        copy(s, SWITCH_OFF_CODES, SWITCH_OFF_COPY_CODES, 1);
        copy(s, SWITCH_OFF_TIMES, SWITCH_OFF_COPY_TIMES, 1);
        SWITCH_OFF_INDEX.write(s, meters.nextSwitchOff());
    }

    private static void copy(Snapshot s, ModelField from, ModelField to, int scale) {
        for (int i = 0; i < from.slots(); i++) {
            int value = from.read(s, i, Integer.MIN_VALUE);
            if (value != Integer.MIN_VALUE) {
                to.write(s, i, value * scale);
            }
        }
    }
}
