package luxlogger.simulator.control;

import static luxlogger.simulator.control.PlantMode.HEATING;
import static luxlogger.simulator.control.PlantMode.HOT_WATER;

/**
 * The second heat generator ZWE1, an electric heater in the flow that the normal model never switches on. In the
 * scenarios it finishes a thermal disinfection above what the compressor reaches, as a Luxtronik does, or, set
 * wrongly, heats with the compressor whenever the heating circuit is below its target.
 */
final class BackupHeater {

    /** kW: one stage of a typical 6-9 kW flow heater (BenPru issue 733 measured 6.06 kW for a whole one). */
    static final double POWER = 2.0;

    private final boolean inHeating;
    boolean on;
    /** When it last switched on or off. */
    long since;

    BackupHeater(boolean inHeating) {
        this.inHeating = inHeating;
    }

    void control(long time, PlantMode mode, boolean circuitBelowTarget, boolean tankBeyondCompressor) {
        boolean wanted =
                mode == HEATING && inHeating && circuitBelowTarget || mode == HOT_WATER && tankBeyondCompressor;
        if (wanted != on) {
            on = wanted;
            since = time;
        }
    }

    double power() {
        return on ? POWER : 0;
    }
}
