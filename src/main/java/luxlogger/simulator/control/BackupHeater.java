package luxlogger.simulator.control;

import static luxlogger.simulator.control.PlantMode.HEATING;
import static luxlogger.simulator.control.PlantMode.HOT_WATER;

/**
 * The second heat generator ZWE1, an electric heater in the flow that the normal model never switches on. In the
 * scenarios it finishes a thermal disinfection above what the compressor reaches, as a Luxtronik does; as part of a
 * bivalent system it helps in heating below its release temperature once the compressor alone has not reached the
 * target for an hour; or, set wrongly, it heats with the compressor whenever the heating circuit is below its target.
 */
final class BackupHeater {

    /** When the heater heats with the compressor. */
    enum InHeating {
        /** Never: the healthy and the normal installation. */
        NEVER,
        /** Below its release temperature (P90), after {@link #RELEASE_DELAY} with the circuit below its target. */
        BELOW_RELEASE,
        /** Whenever the circuit is below its target, whatever the weather: a wrong setting or a fault. */
        ALWAYS
    }

    /** kW: one stage of a typical 6-9 kW flow heater (BenPru issue 733 measured 6.06 kW for a whole one). */
    static final double POWER = 2.0;

    /** P992 {@code ID_Einst_Freigabe_Zeit_ZWE}, 60 minutes in both dumps: how long the compressor tries alone. */
    static final long RELEASE_DELAY = 3600;
    /**
     * K below P90 where the release starts: the controller decides on its own reading of the outdoor temperature,
     * which wanders by a tenth or two around the one a logger reads, and the heater must not run above P90.
     */
    private static final double RELEASE_MARGIN = 0.5;

    private final InHeating inHeating;
    private final double release;
    boolean on;
    /** When it last switched on or off. */
    long since;
    /** Since when the compressor has heated with the circuit below its target; {@link Long#MIN_VALUE} when not. */
    private long shortSince = Long.MIN_VALUE;

    /** @param release the release temperature P90, °C */
    BackupHeater(InHeating inHeating, double release) {
        this.inHeating = inHeating;
        this.release = release;
    }

    void control(long time, PlantMode mode, boolean circuitBelowTarget, boolean tankBeyondCompressor, double outdoor) {
        boolean heatingShort = mode == HEATING && circuitBelowTarget;
        if (!heatingShort) {
            shortSince = Long.MIN_VALUE;
        } else if (shortSince == Long.MIN_VALUE) {
            shortSince = time;
        }
        boolean wanted = mode == HOT_WATER && tankBeyondCompressor || heatingShort && helpsInHeating(time, outdoor);
        if (wanted != on) {
            on = wanted;
            since = time;
        }
    }

    private boolean helpsInHeating(long time, double outdoor) {
        return switch (inHeating) {
            case NEVER -> false;
            case ALWAYS -> true;
            case BELOW_RELEASE -> outdoor < release - RELEASE_MARGIN && (on || time - shortSince >= RELEASE_DELAY);
        };
    }

    double power() {
        return on ? POWER : 0;
    }
}
