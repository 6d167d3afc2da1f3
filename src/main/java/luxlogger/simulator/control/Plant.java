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
 * Luxtronik return-temperature control with a hysteresis and a 20-minute cycle lock. An {@link Installation}
 * changes the house, the unit, the curve, the hot water, the backup heater and the weather for a {@link Scenario}.
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
    private static final long PUMP_AFTER_RUN = 120;
    private static final double DEFROST_DRAW = 3.0;

    private final boolean air;
    private final Installation installation;
    private final Unit unit;
    private final Weather weather;
    private final double curveSlope;
    final Meters meters;
    final Compressor compressor;
    final Refrigerant refrigerant;
    final Tank tank;
    final BackupHeater heater;

    long time;
    double outdoor;
    double outdoorAverage;
    double returnTarget;
    double water;
    double flow;
    double ret;
    double power;
    double electricPower;

    /** The {@link Installation#NORMAL} plant. */
    Plant(Snapshot base, boolean air, long seed, long start) {
        this(base, air, seed, start, Installation.NORMAL);
    }

    /** Writes the settings the installation changes into {@code base}, the profile's values the model serves. */
    Plant(Snapshot base, boolean air, long seed, long start, Installation installation) {
        this.air = air;
        this.installation = installation;
        this.unit = new Unit(air, installation);
        this.weather = new Weather(seed, installation.weatherOffset());
        ModelNoise noise = new ModelNoise(seed);
        double hw = ModelField.HOT_WATER_TARGET.read(base, 480) / 10.0;
        double hotWaterTarget = Double.isNaN(installation.hotWaterTarget())
                ? hw >= 35 && hw <= 65 ? hw : 48
                : installation.hotWaterTarget();
        // Keep the dump's heating curve when it has a plausible one (V3.78: 45 °C return at -0.6 °C).
        double target = ModelField.RETURN_TARGET.read(base, 0) / 10.0;
        double average = ModelField.OUTDOOR_AVERAGE.read(base, 0) / 10.0;
        double slope = target > 22 && average < 18 ? clamp((target - 20) / (20 - average), 0.3, 1.3) : 0.6;
        // The curve pivots at 20 °C return for 20 °C outdoor; its end point is the return target at -20 °C.
        curveSlope = slope + installation.curveRaise() / 40;
        installation.configure(base, 20 + 40 * curveSlope);

        time = start;
        outdoor = weather.outdoor(start);
        outdoorAverage = weather.dailyMean(start);
        returnTarget = target();
        water = season() ? returnTarget - HYSTERESIS * noise.uniform(start, 1) : ROOM + 1;
        flow = water;
        ret = water;
        tank = new Tank(
                hotWaterTarget, installation.disinfection(), hotWaterTarget - 0.3 - 1.5 * noise.uniform(start, 2));
        heater = new BackupHeater(installation.auxInHeating(), ModelField.AUX_RELEASE.read(base, 0) / 10.0);
        refrigerant = new Refrigerant(air, outdoor, outdoorAverage);
        meters = new Meters(base);
        long lastStop = start - Math.max(0, ModelField.STANDSTILL_SECONDS.read(base, 900));
        compressor = new Compressor(
                air, noise, meters, lastStop, ModelField.LAST_DEFROST.read(base, 0), installation.icingLimit());
    }

    void step() {
        time += STEP;
        double hours = STEP / 3600.0;
        outdoor = weather.outdoor(time);
        outdoorAverage += (outdoor - outdoorAverage) * STEP / 86_400.0;
        returnTarget = target();
        compressor.control(time, demand(), outdoor, UtilityLock.locked(time));
        PlantMode mode = compressor.mode;
        heater.control(time, mode, water < returnTarget, tank.beyondCompressor(), outdoor);
        power = unit.output(mode, need(), outdoor);
        electricPower =
                mode == DEFROST ? 1.5 : mode.compressorOn() ? power / unit.cop(flow, outdoor, refrigerant.source) : 0;
        double aux = heater.power();

        double demand = season() ? Math.max(0, need()) : 0;
        double emission = season() ? demand * (water - ROOM) / Math.max(2, returnTarget - ROOM) : 0.3 * (water - ROOM);
        double toLoop = mode == HEATING ? power + aux : mode == DEFROST ? -DEFROST_DRAW : 0;
        water += (toLoop - emission) * hours / LOOP_CAPACITY;
        tank.step(time, mode == HOT_WATER ? power + aux : 0, weather.drawOff(time));
        meters.count(mode, STEP, power, electricPower, aux, installation.standbyPower());
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

    /** What the house loses at this outdoor temperature, kW. */
    private double need() {
        return HOUSE_LOSS * installation.houseLoss() * (HEATING_LIMIT + 1 - outdoor);
    }

    /**
     * The heating circuit's flow relative to the normal unit's 1.2 m³/h: a larger unit comes with a larger pump, and
     * closed valves or a dirty filter let only part of it through.
     */
    double pumpScale() {
        return Math.max(1, installation.unitScale()) * installation.circuitFlow();
    }

    private boolean season() {
        return outdoorAverage < HEATING_LIMIT;
    }

    private double target() {
        return season() ? clamp(20 + curveSlope * (20 - outdoorAverage), 18, 55) : SUMMER_RETURN_TARGET;
    }

    private Demand demand() {
        return new Demand(
                tank.low(),
                tank.done(),
                season() && water < returnTarget - HYSTERESIS,
                season() && water < returnTarget,
                !season() || water > returnTarget + HYSTERESIS);
    }

    /** Sensors settle towards what the current mode implies; time constants from the history's ramps. */
    private void follow(PlantMode mode) {
        boolean flowing = pumpOn();
        double flowTarget = switch (mode) {
            case HEATING -> water + (power + heater.power()) * 0.72 / pumpScale(); // 1.2 m³/h: 0.72 K per kW
            case HOT_WATER -> tank.temperature + 5.5;
            case DEFROST -> water - 4;
            case IDLE -> water;
        };
        double returnTarget = mode == HOT_WATER ? tank.temperature + 0.5 : water;
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
