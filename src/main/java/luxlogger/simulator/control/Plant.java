package luxlogger.simulator.control;

import static luxlogger.simulator.control.PlantMode.DEFROST;
import static luxlogger.simulator.control.PlantMode.HEATING;
import static luxlogger.simulator.control.PlantMode.HOT_WATER;

import luxlogger.luxtronik.entity.Snapshot;

/**
 * The physical state of the simulated installation, advanced in fixed steps of {@link #STEP} seconds: the house
 * and its heating circuit, the hot-water tank and the water temperatures the controller measures; with the
 * {@link Compressor}'s decisions, the {@link Refrigerant} circuit and the {@link Meters}.
 *
 * <p>Figures taken from the real one-minute history (summer, air/water, firmware 3.91): hot-water cycles of
 * 18-34 minutes from about 43.7 to 46.0 °C (target 46, so a hysteresis of about 2 K) at roughly 0.1 K per
 * minute; flow jumping about 15 K in the first minute of a cycle and settling about 5 K above the tank, return
 * about 5 K below flow; flow falling back to the circuit temperature within 2-3 minutes after the stop; the
 * tank cooling by about 0.25 K per hour without tapping. Heating behaviour (absent in summer) follows the usual
 * Luxtronik return-temperature control with a hysteresis and a 20-minute cycle lock.
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
    private static final long PUMP_AFTER_RUN = 120;
    private static final double DEFROST_DRAW = 3.0;

    private final boolean air;
    private final Weather weather;
    private final double curveSlope;
    final double hotWaterTarget;
    final Meters meters;
    final Compressor compressor;
    final Refrigerant refrigerant;

    long time;
    double outdoor;
    double outdoorAverage;
    double returnTarget;
    double water;
    double flow;
    double ret;
    double tank;
    double power;
    double electricPower;

    Plant(Snapshot base, boolean air, long seed, long start) {
        this.air = air;
        this.weather = new Weather(seed);
        ModelNoise noise = new ModelNoise(seed);
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
        refrigerant = new Refrigerant(air, outdoor, outdoorAverage);
        meters = new Meters(base);
        long lastStop = start - Math.max(0, ModelField.STANDSTILL_SECONDS.read(base, 900));
        compressor = new Compressor(air, noise, meters, lastStop, ModelField.LAST_DEFROST.read(base, 0));
    }

    void step() {
        time += STEP;
        double hours = STEP / 3600.0;
        outdoor = weather.outdoor(time);
        outdoorAverage += (outdoor - outdoorAverage) * STEP / 86_400.0;
        returnTarget = target();
        compressor.control(time, demand(), outdoor, UtilityLock.locked(time));
        PlantMode mode = compressor.mode;
        power = output(mode);
        electricPower = mode == DEFROST ? 1.5 : mode.compressorOn() ? power / cop() : 0;

        double demand = season() ? Math.max(0, HOUSE_LOSS * (HEATING_LIMIT + 1 - outdoor)) : 0;
        double emission = season() ? demand * (water - ROOM) / Math.max(2, returnTarget - ROOM) : 0.3 * (water - ROOM);
        double toLoop = mode == HEATING ? power : mode == DEFROST ? -DEFROST_DRAW : 0;
        water += (toLoop - emission) * hours / LOOP_CAPACITY;
        double toTank = mode == HOT_WATER ? power / TANK_CAPACITY : 0;
        tank += (toTank - TANK_LOSS * (tank - ROOM) - weather.drawOff(time)) * hours;
        meters.count(mode, STEP, power, electricPower);
        if (Math.floorDiv(time, 3600) != Math.floorDiv(time - STEP, 3600)) {
            meters.showElectricity();
        }
        follow(mode);
    }

    PlantMode mode() {
        return compressor.mode;
    }

    boolean pumpOn() {
        return season() || compressor.mode.compressorOn() || time - compressor.lastStop < PUMP_AFTER_RUN;
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

    private Demand demand() {
        return new Demand(
                tank < hotWaterTarget - HOT_WATER_HYSTERESIS,
                tank >= hotWaterTarget,
                season() && water < returnTarget - HYSTERESIS,
                season() && water < returnTarget,
                !season() || water > returnTarget + HYSTERESIS);
    }

    /**
     * Thermal output in kW: the inverter modulates to 1.5 times the demand within its limits, so it cycles on the
     * return temperature's hysteresis: near 0 °C 15-25 starts a day of 40-70 minutes each. Only close to its
     * capacity (below about -4 °C) does it run for hours.
     */
    private double output(PlantMode mode) {
        double capacity = air ? clamp(9 + 0.12 * outdoor, 5, 12) : 7.0;
        return switch (mode) {
            case HEATING -> clamp(HOUSE_LOSS * (HEATING_LIMIT + 1 - outdoor) * 1.5, 3.0, capacity);
            case HOT_WATER -> air ? 3.4 + 0.03 * outdoor : 3.8;
            case DEFROST, IDLE -> 0;
        };
    }

    /**
     * Air/water heating at 0 °C outdoor and 35 °C flow: 4.25, about 60 % of the Carnot COP of ENERGY.md §6; with hot
     * water and defrosts a winter day comes to 3.5-4, as on the better real systems.
     */
    private double cop() {
        double lift = 0.07 * (flow - 30);
        return air
                ? clamp(4.6 + 0.09 * outdoor - lift, 1.5, 7)
                : clamp(5.0 + 0.05 * (refrigerant.source - 5) - lift, 2, 7);
    }

    /** Sensors settle towards what the current mode implies; time constants from the history's ramps. */
    private void follow(PlantMode mode) {
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
        refrigerant.follow(mode, flow, outdoor, outdoorAverage);
    }

    static double approach(double value, double target, double tauSeconds) {
        return target + (value - target) * Math.exp(-STEP / tauSeconds);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
