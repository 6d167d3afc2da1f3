package luxlogger.simulator.control;

import static luxlogger.simulator.control.PlantMode.DEFROST;
import static luxlogger.simulator.control.PlantMode.HEATING;
import static luxlogger.simulator.control.PlantMode.HOT_WATER;
import static luxlogger.simulator.control.PlantMode.IDLE;

import luxlogger.luxtronik.entity.Snapshot;

/**
 * The physical state of the simulated installation (heating circuit, hot-water tank, refrigerant circuit,
 * counters) and the controller's decisions, advanced in fixed steps of {@link #STEP} seconds.
 *
 * <p>Figures taken from the real one-minute history (summer, air/water, firmware 3.91): hot-water cycles of
 * 18-34 minutes from about 43.7 to 46.0 °C (target 46, so a hysteresis of about 2 K) at roughly 0.1 K per
 * minute; flow jumping about 15 K in the first minute of a cycle and settling about 5 K above the tank, return
 * about 5 K below flow; flow falling back to the circuit temperature within 2-3 minutes after the stop; the
 * tank cooling by about 0.25 K per hour without tapping; condensing pressure 25-30 bar in hot-water mode,
 * 8-10 bar evaporating, both settling to 12-16 bar at standstill. Heating behaviour (absent in summer) follows
 * the usual Luxtronik return-temperature control with a hysteresis and a 20-minute cycle lock.
 */
final class Plant {

    static final int STEP = 10;

    private static final double ROOM = 21.0;
    /** Mean outdoor temperature from which the controller stops heating ("Heizgrenze"). */
    private static final double HEATING_LIMIT = 15.0;
    /** House heat loss in kW per K below 16 °C outdoor: 7.2 kW at -4 °C. */
    private static final double HOUSE_LOSS = 0.36;
    /** Heating circuit water, kWh per K (about 250 l). */
    private static final double LOOP_CAPACITY = 0.30;
    private static final double HYSTERESIS = 1.5;
    private static final double SUMMER_RETURN_TARGET = 15.0;
    /** Hot-water tank, kWh per K (about 430 l): with 3.4 kW it warms by the 0.1 K per minute seen in the history. */
    private static final double TANK_CAPACITY = 0.50;
    /** Standing loss per hour, relative to the room: 0.25 K/h at 46 °C, as in the history overnight. */
    private static final double TANK_LOSS = 0.010;
    private static final double HOT_WATER_HYSTERESIS = 2.0;
    private static final long MIN_RUN = 300;
    /** "Schaltspielsperre": at most one compressor start per 20 minutes. */
    private static final long CYCLE_LOCK = 1200;
    private static final long MIN_PAUSE = 300;
    private static final long PUMP_AFTER_RUN = 120;
    /** Above this outdoor temperature the evaporator of an air/water unit does not ice up. */
    private static final double ICING_LIMIT = 7.0;
    private static final double DEFROST_DRAW = 3.0;
    /** Code 9 = "no request" in every client's switch-off table. */
    private static final int SWITCH_OFF_NO_REQUEST = 9;

    private final boolean air;
    private final Weather weather;
    private final ModelNoise noise;
    private final double curveSlope;
    final double hotWaterTarget;

    long time;
    PlantMode mode = IDLE;
    private PlantMode resumeMode = HEATING;
    /** A request is pending but the cycle lock holds the compressor back ("heat pump coming"). */
    boolean waiting;
    double outdoor;
    double outdoorAverage;
    double returnTarget;
    double water;
    double flow;
    double ret;
    double tank;
    double hotGas;
    double source;
    double highPressure;
    double lowPressure;
    double ice;
    double icePerSecond;
    double power;
    double electricPower;
    long lastStart;
    long lastStop;
    long statusSince;
    long lastDefrost;
    private long defrostEnd;
    private int defrosts;
    double compressorSeconds;
    double heatPumpSeconds;
    double heatingSeconds;
    double hotWaterSeconds;
    int starts;
    double heatHeating;
    double heatHotWater;
    double heatOther;
    double electricHeating;
    double electricHotWater;
    final int[] switchOffCodes = new int[5];
    final long[] switchOffTimes = new long[5];
    private int nextSwitchOff;

    Plant(Snapshot base, boolean air, long seed, long start) {
        this.air = air;
        this.weather = new Weather(seed);
        this.noise = new ModelNoise(seed);
        double hw = ModelField.HOT_WATER_TARGET.read(base, 480) / 10.0;
        hotWaterTarget = hw >= 35 && hw <= 65 ? hw : 48;
        // Keep the dump's heating curve when it has a plausible one (V3.78: 45 °C return at -0.6 °C).
        double target = ModelField.RETURN_TARGET.read(base, 0) / 10.0;
        double average = ModelField.OUTDOOR_AVERAGE.read(base, 0) / 10.0;
        curveSlope = target > 22 && average < 18 ? clamp((target - 20) / (20 - average), 0.3, 1.3) : 0.6;

        time = start;
        outdoor = weather.outdoor(start);
        outdoorAverage = weather.dailyMean(start);
        returnTarget = target();
        water = season() ? returnTarget - HYSTERESIS * noise.uniform(start, 1) : ROOM + 1;
        flow = water;
        ret = water;
        tank = hotWaterTarget - 0.3 - 1.5 * noise.uniform(start, 2);
        source = sourceTarget();
        hotGas = ROOM + 4;
        highPressure = saturation(source) + 0.1;
        lowPressure = saturation(source);
        lastStop = start - Math.max(0, ModelField.STANDSTILL_SECONDS.read(base, 900));
        lastStart = lastStop - 1800;
        statusSince = lastStop;
        lastDefrost = ModelField.LAST_DEFROST.read(base, 0);
        compressorSeconds = ModelField.COMPRESSOR_SECONDS.read(base, 0);
        heatPumpSeconds = ModelField.HEAT_PUMP_SECONDS.read(base, 0);
        heatingSeconds = ModelField.HEATING_SECONDS.read(base, 0);
        hotWaterSeconds = ModelField.HOT_WATER_SECONDS.read(base, 0);
        starts = ModelField.COMPRESSOR_STARTS.read(base, 0);
        heatHeating = ModelField.HEAT_HEATING.read(base, 0) / 10.0;
        heatHotWater = ModelField.HEAT_HOT_WATER.read(base, 0) / 10.0;
        heatOther = ModelField.HEAT_TOTAL.read(base, 0) / 10.0 - heatHeating - heatHotWater;
        electricHeating = ModelField.HEATING_ENERGY_INPUT.read(base, 0) / 10.0;
        electricHotWater = ModelField.HOT_WATER_ENERGY_INPUT.read(base, 0) / 10.0;
        for (int i = 0; i < switchOffCodes.length; i++) {
            switchOffCodes[i] = ModelField.SWITCH_OFF_CODES.read(base, i, 0);
            switchOffTimes[i] = ModelField.SWITCH_OFF_TIMES.read(base, i, 0);
        }
        // The controller writes the five slots as a ring (V3.78 dump: newest in slot 1): continue after the newest.
        int newest = 0;
        for (int i = 1; i < 5; i++) {
            newest = switchOffTimes[i] > switchOffTimes[newest] ? i : newest;
        }
        nextSwitchOff = switchOffTimes[newest] == 0 ? 0 : (newest + 1) % 5;
    }

    void step() {
        time += STEP;
        double hours = STEP / 3600.0;
        outdoor = weather.outdoor(time);
        outdoorAverage += (outdoor - outdoorAverage) * STEP / 86_400.0;
        returnTarget = target();
        control();
        power = output();
        electricPower = mode == DEFROST ? 1.5 : mode.compressorOn() ? power / cop() : 0;

        double demand = season() ? Math.max(0, HOUSE_LOSS * (HEATING_LIMIT + 1 - outdoor)) : 0;
        double emission = season() ? demand * (water - ROOM) / Math.max(2, returnTarget - ROOM) : 0.3 * (water - ROOM);
        double toLoop = mode == HEATING ? power : mode == DEFROST ? -DEFROST_DRAW : 0;
        water += (toLoop - emission) * hours / LOOP_CAPACITY;
        double toTank = mode == HOT_WATER ? power / TANK_CAPACITY : 0;
        tank += (toTank - TANK_LOSS * (tank - ROOM) - weather.drawOff(time)) * hours;
        count(hours);
        follow();
    }

    long lockRemaining() {
        return Math.max(0, Math.max(lastStart + CYCLE_LOCK, lastStop + MIN_PAUSE) - time);
    }

    boolean pumpOn() {
        return season() || mode.compressorOn() || time - lastStop < PUMP_AFTER_RUN;
    }

    boolean airSource() {
        return air;
    }

    private boolean season() {
        return outdoorAverage < HEATING_LIMIT;
    }

    private double target() {
        return season() ? clamp(20 + curveSlope * (20 - outdoorAverage), 18, 55) : SUMMER_RETURN_TARGET;
    }

    private void control() {
        boolean hotWaterLow = tank < hotWaterTarget - HOT_WATER_HYSTERESIS;
        boolean heatingLow = season() && water < returnTarget - HYSTERESIS;
        waiting = false;
        switch (mode) {
            case DEFROST -> {
                if (time >= defrostEnd) {
                    ice = 0;
                    lastDefrost = time;
                    enter(resumeMode);
                }
            }
            case HOT_WATER -> {
                if (tank >= hotWaterTarget) {
                    if (season() && water < returnTarget) {
                        enter(HEATING);
                    } else {
                        stop();
                    }
                }
            }
            case HEATING -> {
                if (hotWaterLow) {
                    enter(HOT_WATER);
                } else if ((!season() || water > returnTarget + HYSTERESIS) && time - lastStart >= MIN_RUN) {
                    stop();
                }
            }
            case IDLE -> {
                if (hotWaterLow || heatingLow) {
                    if (lockRemaining() == 0) {
                        start(hotWaterLow ? HOT_WATER : HEATING);
                    } else {
                        waiting = true;
                    }
                }
            }
        }
        icePerSecond = 0;
        if (air && (mode == HEATING || mode == HOT_WATER) && outdoor < ICING_LIMIT) {
            // Humid air around +2 °C ices fastest (a defrost every ~50 min of running); colder air is drier.
            double hours = (0.8 + 0.04 * (outdoor - 2) * (outdoor - 2)) * (0.8 + 0.45 * noise.uniform(defrosts, 7));
            icePerSecond = 1 / (hours * 3600);
            ice += STEP * icePerSecond;
            if (ice >= 1) {
                resumeMode = mode;
                defrosts++;
                defrostEnd = time + 240 + (long) (240 * noise.uniform(defrosts, 8));
                enter(DEFROST);
            }
        }
    }

    private void start(PlantMode next) {
        starts++;
        lastStart = time;
        enter(next);
    }

    private void stop() {
        lastStop = time;
        switchOffCodes[nextSwitchOff] = SWITCH_OFF_NO_REQUEST;
        switchOffTimes[nextSwitchOff] = time;
        nextSwitchOff = (nextSwitchOff + 1) % 5;
        enter(IDLE);
    }

    private void enter(PlantMode next) {
        mode = next;
        statusSince = time;
    }

    /** Thermal output in kW: the inverter modulates to 1.3 times the demand within its limits. */
    private double output() {
        double capacity = air ? clamp(9 + 0.12 * outdoor, 5, 12) : 7.0;
        return switch (mode) {
            case HEATING -> clamp(HOUSE_LOSS * (HEATING_LIMIT + 1 - outdoor) * 1.3, 3.0, capacity);
            case HOT_WATER -> air ? 3.4 + 0.03 * outdoor : 3.8;
            case DEFROST, IDLE -> 0;
        };
    }

    private double cop() {
        double lift = 0.07 * (flow - 30);
        return air ? clamp(5.2 + 0.09 * outdoor - lift, 1.5, 7) : clamp(5.0 + 0.05 * (source - 5) - lift, 2, 7);
    }

    private void count(double hours) {
        if (mode.compressorOn()) {
            compressorSeconds += STEP;
            heatPumpSeconds += STEP;
        }
        switch (mode) {
            case HEATING -> {
                heatingSeconds += STEP;
                heatHeating += power * hours;
                electricHeating += electricPower * hours;
            }
            case HOT_WATER -> {
                hotWaterSeconds += STEP;
                heatHotWater += power * hours;
                electricHotWater += electricPower * hours;
            }
            case DEFROST -> electricHeating += electricPower * hours;
            case IDLE -> {
            }
        }
    }

    /** Sensors settle towards what the current mode implies; time constants from the history's ramps. */
    private void follow() {
        boolean flowing = pumpOn();
        double flowTarget = switch (mode) {
            case HEATING -> water + power * 0.72; // 1.2 m³/h: 0.72 K per kW
            case HOT_WATER -> tank + 5.5;
            case DEFROST -> water - 4;
            case IDLE -> water;
        };
        double returnTarget = mode == HOT_WATER ? tank + 0.5 : water;
        flow = approach(flow, flowTarget, flowing ? 60 : 1800);
        ret = approach(ret, returnTarget, flowing ? 120 : 1800);
        double gasTarget = switch (mode) {
            case HEATING -> flow + 25;
            case HOT_WATER -> flow + 27;
            case DEFROST -> 30;
            case IDLE -> ROOM + 4;
        };
        hotGas = approach(hotGas, gasTarget, mode.compressorOn() ? 180 : 1200);
        source = approach(source, sourceTarget(), air ? 60 : 900);
        double high;
        double low;
        if (mode == HEATING || mode == HOT_WATER) {
            high = saturation(condensation());
            low = saturation(evaporation());
        } else if (mode == DEFROST) {
            high = saturation(25);
            low = saturation(outdoor - 12);
        } else {
            high = saturation(source) + 0.1;
            low = saturation(source);
        }
        double tau = mode.compressorOn() ? 60 : 300;
        highPressure = approach(highPressure, high, tau);
        lowPressure = approach(lowPressure, low, tau);
    }

    double evaporation() {
        return mode.compressorOn() ? source - (air ? 8 : 5) : source;
    }

    double condensation() {
        return mode.compressorOn() ? flow + 3 : source;
    }

    private double sourceTarget() {
        if (air) {
            return outdoor + 0.3;
        }
        double ground = 8 + 0.1 * outdoorAverage;
        return mode.compressorOn() ? ground - 2.5 : ground;
    }

    /** Saturation pressure in bar of an R32-like refrigerant (8.1 bar at 0 °C, 31 bar at 50 °C). */
    static double saturation(double celsius) {
        return Math.exp(10.827 - 2385 / (celsius + 273.15));
    }

    private static double approach(double value, double target, double tauSeconds) {
        return target + (value - target) * Math.exp(-STEP / tauSeconds);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
