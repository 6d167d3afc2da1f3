package luxlogger.simulator.control;

import static luxlogger.simulator.control.PlantMode.DEFROST;
import static luxlogger.simulator.control.PlantMode.HEATING;
import static luxlogger.simulator.control.PlantMode.HOT_WATER;
import static luxlogger.simulator.control.PlantMode.IDLE;

/**
 * The controller's decisions about the compressor: which request it serves, when the cycle lock and the minimum
 * run and pause times hold it back, and when an air/water unit must defrost its iced evaporator.
 */
final class Compressor {

    private static final long MIN_RUN = 300;
    /** "Schaltspielsperre": at most one compressor start per 20 minutes. */
    private static final long CYCLE_LOCK = 1200;

    private static final long MIN_PAUSE = 300;
    /** Code 9 = "no request" in every client's switch-off table. */
    private static final int SWITCH_OFF_NO_REQUEST = 9;
    /** Code 4 = "evu lock" in the product's switch-off table ({@code codes.tsv}, after openHAB). */
    private static final int SWITCH_OFF_UTILITY_LOCK = 4;
    /** After a restart the controller holds everything off for its "grid switch on delay" (status line 3 = 2). */
    static final long SWITCH_ON_DELAY = 120;

    private final boolean air;
    /** Above this outdoor temperature the evaporator of an air/water unit does not ice up: 7 °C normally. */
    private final double icingLimit;

    private final ModelNoise noise;
    private final Meters meters;
    PlantMode mode = IDLE;
    private PlantMode resumeMode = HEATING;
    /** A request is pending but the cycle lock holds the compressor back ("heat pump coming"). */
    boolean waiting;
    /** The utility's lock holds the compressor off, whatever the house asks for. */
    boolean locked;

    long lastStart;
    long lastStop;
    long statusSince;
    long lastDefrost;
    /** Share of the evaporator iced up: a defrost starts at 1. */
    double ice;

    double icePerSecond;
    /** Until then the controller is restarting: off, and after that in its switch-on delay. */
    long heldUntil;

    private long defrostEnd;
    private int defrosts;
    private boolean defrostAsked;

    /** At standstill since {@code lastStop}, which the profile tells, like the last defrost. */
    Compressor(boolean air, ModelNoise noise, Meters meters, long lastStop, long lastDefrost, double icingLimit) {
        this.air = air;
        this.icingLimit = icingLimit;
        this.noise = noise;
        this.meters = meters;
        this.lastStop = lastStop;
        this.lastStart = lastStop - 1800;
        this.statusSince = lastStop;
        this.lastDefrost = lastDefrost;
    }

    long lockRemaining(long time) {
        return Math.max(0, Math.max(lastStart + CYCLE_LOCK, lastStop + MIN_PAUSE) - time);
    }

    /**
     * Decides for one step of {@link Plant#STEP} seconds at this time and outdoor temperature, under the utility's
     * lock or not.
     */
    void control(long time, Demand demand, double outdoor, boolean utilityLock) {
        waiting = false;
        if (utilityLock != locked) {
            locked = utilityLock;
            statusSince = time;
        }
        if (time < heldUntil) {
            icePerSecond = 0;
            return;
        }
        if (locked) {
            // The lock cuts the compressor at once, minimum run and defrost notwithstanding; the ice stays.
            if (mode != IDLE) {
                stop(time, SWITCH_OFF_UTILITY_LOCK);
            }
            icePerSecond = 0;
            return;
        }
        if (defrostAsked) {
            defrostAsked = false;
            if (mode == IDLE) {
                meters.started();
                lastStart = time;
            }
            if (mode != DEFROST) {
                defrost(time);
            }
        }
        switch (mode) {
            case DEFROST -> {
                if (time >= defrostEnd) {
                    ice = 0;
                    lastDefrost = time;
                    if (resumeMode == IDLE) {
                        stop(time, SWITCH_OFF_NO_REQUEST);
                    } else {
                        enter(resumeMode, time);
                    }
                }
            }
            case HOT_WATER -> {
                if (demand.hotWaterDone()) {
                    if (demand.heatingWanted()) {
                        enter(HEATING, time);
                    } else {
                        stop(time, SWITCH_OFF_NO_REQUEST);
                    }
                }
            }
            case HEATING -> {
                if (demand.hotWaterLow()) {
                    enter(HOT_WATER, time);
                } else if (demand.heatingDone() && time - lastStart >= MIN_RUN) {
                    stop(time, SWITCH_OFF_NO_REQUEST);
                }
            }
            case IDLE -> {
                if (demand.hotWaterLow() || demand.heatingLow()) {
                    if (lockRemaining(time) == 0) {
                        start(demand.hotWaterLow() ? HOT_WATER : HEATING, time);
                    } else {
                        waiting = true;
                    }
                }
            }
        }
        ice(time, outdoor);
    }

    private void ice(long time, double outdoor) {
        icePerSecond = 0;
        if (air && (mode == HEATING || mode == HOT_WATER) && outdoor < icingLimit) {
            // Humid air around +2 °C ices fastest (a defrost every ~50 min of running); colder air is drier.
            double hours = (0.8 + 0.04 * (outdoor - 2) * (outdoor - 2)) * (0.8 + 0.45 * noise.uniform(defrosts, 7));
            icePerSecond = 1 / (hours * 3600);
            ice += Plant.STEP * icePerSecond;
            if (ice >= 1) {
                defrost(time);
            }
        }
    }

    /** A test asks for a defrost: it starts at the next step the utility allows, the compressor started if idle. */
    void askDefrost() {
        defrostAsked = true;
    }

    private void defrost(long time) {
        resumeMode = mode;
        defrosts++;
        defrostEnd = time + 240 + (long) (240 * noise.uniform(defrosts, 8));
        enter(DEFROST, time);
    }

    /** Logs a switch-off with this code, stopping the compressor first when it runs. */
    void switchOff(long time, int code) {
        if (mode == IDLE) {
            meters.switchedOff(code, time);
        } else {
            stop(Math.max(time, lastStart), code);
        }
    }

    /**
     * The controller loses power now and boots at {@code back}: the compressor stops without a log entry (nobody is
     * left to write it), its standstill counts from {@code back}, and the switch-on delay holds it off after that.
     */
    void restart(long back) {
        mode = IDLE;
        waiting = false;
        defrostAsked = false;
        lastStop = back;
        statusSince = back;
        heldUntil = back + SWITCH_ON_DELAY;
    }

    private void start(PlantMode next, long time) {
        meters.started();
        lastStart = time;
        enter(next, time);
    }

    private void stop(long time, int reason) {
        lastStop = time;
        meters.switchedOff(reason, time);
        enter(IDLE, time);
    }

    private void enter(PlantMode next, long time) {
        mode = next;
        statusSince = time;
    }
}
