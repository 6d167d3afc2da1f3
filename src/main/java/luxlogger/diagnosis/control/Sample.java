package luxlogger.diagnosis.control;

import static luxlogger.luxtronik.entity.Group.CALCULATIONS;
import static luxlogger.luxtronik.entity.Group.PARAMETERS;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * What the health report's pass reads of one poll, raw values made plain: temperatures in °C (NaN where the
 * controller has no such value or sends a sensor sentinel), counters raw ({@link #NONE} where absent or invalid).
 * Copied out of the poll, because the selective read hands out snapshots whose arrays the next poll reuses.
 *
 * @param mode C80, the operating mode (0 heating, 1 hot water, 4 defrost, 5 no request); -1 without one
 * @param heatOutput C257 in W, {@link #NONE} without
 * @param powerInput C268 in W, {@link #NONE} without
 * @param sinceStart C67, seconds since the compressor started; {@link #NONE} without
 * @param compressorSeconds C56
 * @param starts C57
 * @param auxSeconds C60 + C61 + C62, the backup heaters' operating seconds
 * @param heatMeter C151 + C152 in 0.1 kWh
 * @param heatHeating C151 in 0.1 kWh
 * @param electricity P1136 + P1137 in 0.01 kWh
 * @param lastDefrost P1119, Unix seconds of the last defrost
 * @param release P90, the release temperature of the second heat generator, °C
 * @param hotWaterSetpoint C18, else P2, °C
 * @param type C78, the heat-pump type code
 */
record Sample(
        long millis,
        double flow,
        double ret,
        double returnTarget,
        double outdoor,
        double tank,
        double hotWaterSetpoint,
        double release,
        boolean compressor,
        int mode,
        long heatOutput,
        long powerInput,
        long sinceStart,
        long compressorSeconds,
        long starts,
        long auxSeconds,
        long heatMeter,
        long heatHeating,
        long electricity,
        long lastDefrost,
        int type) {

    static final long NONE = -1;

    static final int HEATING = 0, HOT_WATER = 1, DEFROST = 4;
    static final int FLOW = 10, RETURN = 11, RETURN_TARGET = 12, OUTDOOR = 15, TANK = 17, HOT_WATER_TARGET = 18;
    static final int COMPRESSOR = 44, COMPRESSOR_SECONDS = 56, STARTS = 57, AUX_1 = 60, AUX_2 = 61, AUX_3 = 62;
    static final int SINCE_START = 67, TYPE = 78, MODE = 80, HEAT_HEATING = 151, HEAT_HOT_WATER = 152;
    static final int HEAT_OUTPUT = 257, POWER_INPUT = 268;
    static final int HOT_WATER_SETTING = 2, RELEASE = 90, LAST_DEFROST = 1119;
    static final int ELECTRIC_HEATING = 1136, ELECTRIC_HOT_WATER = 1137;

    /** Raw counter values at or above this are sentinels or garbage (ENERGY.md §2). */
    private static final long SENTINEL = 2_147_483_640L;

    /** Calculations the day summaries read besides ours (energy's DayCounters and DayTimeline, firmware C81-90). */
    private static final int[] DAY_CALCULATIONS = {31, 58, 59, 63, 64, 65, 66, 153};
    /** Parameters the day summaries read besides ours: auxiliary heat, pool and cooling electricity. */
    private static final int[] DAY_PARAMETERS = {1059, 1138, 1139, 1140};

    /**
     * The fields the pass reads: ours and those of the day summaries it computes alongside ({@code
     * DayCalculation}), which a test keeps in step with that class.
     */
    static final List<Field> FIELDS = fields(Catalog.standard());

    private static List<Field> fields(Catalog catalog) {
        List<Field> fields = new ArrayList<>();
        IntStream.of(
                        FLOW,
                        RETURN,
                        RETURN_TARGET,
                        OUTDOOR,
                        TANK,
                        HOT_WATER_TARGET,
                        COMPRESSOR,
                        COMPRESSOR_SECONDS,
                        STARTS,
                        AUX_1,
                        AUX_2,
                        AUX_3,
                        SINCE_START,
                        TYPE,
                        MODE,
                        HEAT_HEATING,
                        HEAT_HOT_WATER,
                        HEAT_OUTPUT,
                        POWER_INPUT)
                .forEach(index -> fields.add(catalog.field(CALCULATIONS, index)));
        IntStream.of(DAY_CALCULATIONS).forEach(index -> fields.add(catalog.field(CALCULATIONS, index)));
        IntStream.rangeClosed(81, 90).forEach(index -> fields.add(catalog.field(CALCULATIONS, index)));
        IntStream.of(HOT_WATER_SETTING, RELEASE, LAST_DEFROST, ELECTRIC_HEATING, ELECTRIC_HOT_WATER)
                .forEach(index -> fields.add(catalog.field(PARAMETERS, index)));
        IntStream.of(DAY_PARAMETERS).forEach(index -> fields.add(catalog.field(PARAMETERS, index)));
        return List.copyOf(fields);
    }

    static Sample of(Snapshot s) {
        double setpoint = temperature(s, CALCULATIONS, HOT_WATER_TARGET);
        return new Sample(
                s.time().toEpochMilli(),
                temperature(s, CALCULATIONS, FLOW),
                temperature(s, CALCULATIONS, RETURN),
                temperature(s, CALCULATIONS, RETURN_TARGET),
                outdoor(s),
                temperature(s, CALCULATIONS, TANK),
                setpoint > 0 ? setpoint : temperature(s, PARAMETERS, HOT_WATER_SETTING),
                temperature(s, PARAMETERS, RELEASE),
                raw(s, CALCULATIONS, COMPRESSOR) == 1,
                (int) raw(s, CALCULATIONS, MODE),
                raw(s, CALCULATIONS, HEAT_OUTPUT),
                raw(s, CALCULATIONS, POWER_INPUT),
                raw(s, CALCULATIONS, SINCE_START),
                raw(s, CALCULATIONS, COMPRESSOR_SECONDS),
                raw(s, CALCULATIONS, STARTS),
                sum(raw(s, CALCULATIONS, AUX_1), raw(s, CALCULATIONS, AUX_2), raw(s, CALCULATIONS, AUX_3)),
                sum(raw(s, CALCULATIONS, HEAT_HEATING), raw(s, CALCULATIONS, HEAT_HOT_WATER)),
                raw(s, CALCULATIONS, HEAT_HEATING),
                sum(raw(s, PARAMETERS, ELECTRIC_HEATING), raw(s, PARAMETERS, ELECTRIC_HOT_WATER)),
                raw(s, PARAMETERS, LAST_DEFROST),
                (int) raw(s, CALCULATIONS, TYPE));
    }

    /** A raw value that is present and neither negative nor a sentinel; {@link #NONE} otherwise. */
    private static long raw(Snapshot s, Group group, int index) {
        if (!s.has(group, index)) {
            return NONE;
        }
        long value = s.raw(group, index);
        return value >= 0 && value < SENTINEL ? value : NONE;
    }

    /** The sum of counters of which at least one is present; absent ones count 0. */
    private static long sum(long... values) {
        long sum = NONE;
        for (long value : values) {
            if (value != NONE) {
                sum = (sum == NONE ? 0 : sum) + value;
            }
        }
        return sum;
    }

    /** °C from tenths; NaN where absent or a sentinel (−50.0 °C missing sensor, 150.0 °C open input). */
    private static double temperature(Snapshot s, Group group, int index) {
        if (!s.has(group, index)) {
            return Double.NaN;
        }
        int raw = s.raw(group, index);
        return raw > -500 && raw < 1500 ? raw / 10.0 : Double.NaN;
    }

    /** The outdoor temperature without the sensor sentinels −50.0, 75.0 and 150.0 °C (ENERGY.md §5-6). */
    private static double outdoor(Snapshot s) {
        double value = temperature(s, CALCULATIONS, OUTDOOR);
        return value < 75 ? value : Double.NaN;
    }

    /** True when the unit makes heat for the house or the tank (C80 0 or 1) with the compressor on. */
    boolean heats() {
        return compressor && (mode == HEATING || mode == HOT_WATER);
    }
}
