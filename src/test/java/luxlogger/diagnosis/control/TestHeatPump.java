package luxlogger.diagnosis.control;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * A heat pump for the rules' tests, simple enough to know every figure in advance: the compressor runs the first
 * {@code on} minutes of every {@code on + off}, heating or (in the first minutes of chosen hours) making hot water, at
 * fixed temperatures and powers; its counters, heat meters and electricity counters add up as it runs. Polls every 30
 * s, at the arrays' lengths of current firmware, firmware V3.92, type L1A (air/water) unless set.
 */
final class TestHeatPump {

    static final Duration POLL = Duration.ofSeconds(30);

    double outdoor = 2;
    /** The outdoor temperature by epoch s, where it changes. */
    LongToDoubleFunction outdoorAt = second -> outdoor;

    double flow = 35;
    /** The heating flow by epoch s, where it changes. */
    LongToDoubleFunction flowAt = second -> flow;
    /** The flow in the first five minutes of a run, NaN: as later. */
    double settlingFlow = Double.NaN;

    double ret = 31;
    double returnTarget = 30;
    double release = -5;
    int onMinutes = 50;
    int offMinutes = 10;
    double heatWatts = 6000;
    double powerWatts = 1500;
    double offWatts = 0;
    /** Whether the controller has the heat output C257 and power input C268 (both 0 without). */
    boolean powerReadings = true;
    /** Whether C268 shows {@link #offWatts} while the compressor is off; real controllers' read 0 then. */
    boolean powerReadWhileOff = true;
    /**
     * Hot water in the first {@code hotWaterMinutes} of the last hour of every {@code hotWaterEvery} (at least 2),
     * with the compressor on.
     */
    int hotWaterEvery = 0;

    int hotWaterMinutes = 30;
    double hotWaterFlow = 55;
    double hotWaterHeatWatts = 5000;
    double hotWaterPowerWatts = 2000;
    double setpoint = 48;
    double tankPeak = 49;
    /** Which hot-water runs, by their start (epoch s), heat the tank to {@code disinfectionPeak}. */
    LongPredicate disinfection = start -> false;

    double disinfectionPeak = 65;
    /** When the backup heater runs, by epoch s. */
    LongPredicate aux = second -> false;
    /** Defrosts (mode 4 for a minute, P1119 stamped) at these minutes of every running hour; none when empty. */
    int[] defrostMinutes = {};
    /**
     * Whether the defrosts also come in hot-water runs, as they do on an air-source unit; a disinfection run then
     * reaches {@code disinfectionPeak} only in its last ten minutes.
     */
    boolean defrostInHotWater = false;
    /** Whether the controller files each defrost's time in P1119. */
    boolean defrostStamps = true;

    int typeCode = 7;
    boolean auxCounters = true;
    boolean electricityCounters = true;
    /** Polls are missing while this holds, by epoch s. */
    LongPredicate missing = second -> false;

    private final int[] parameters;
    private final int[] calculations;
    private final byte[] visibilities;

    private double compressorSeconds;
    private long starts;
    private double heatHeating;
    private double heatHotWater;
    private double electricHeating;
    private double electricHotWater;
    private double auxSeconds;
    private double auxHeat;
    private boolean wasOn;
    private long runStart;

    TestHeatPump() {
        var shape = Catalog.standard().shape();
        parameters = new int[shape.parameters()];
        calculations = new int[shape.calculations()];
        visibilities = new byte[shape.visibilities()];
        String firmware = "V3.92.1";
        for (int i = 0; i < 10; i++) {
            calculations[81 + i] = i < firmware.length() ? firmware.charAt(i) : 0;
        }
        calculations[31] = 1;
    }

    /** Feeds the polls of {@code [from, to)} to the consumer; the snapshot's arrays are reused by the next poll. */
    void feed(Instant from, Instant to, Consumer<Snapshot> consumer) {
        for (Instant time = from; time.isBefore(to); time = time.plus(POLL)) {
            long second = time.getEpochSecond();
            step(second);
            if (!missing.test(second)) {
                consumer.accept(new Snapshot(time, parameters, calculations, visibilities));
            }
        }
    }

    private void step(long second) {
        long minuteOfCycle = second / 60 % (onMinutes + offMinutes);
        boolean on = minuteOfCycle < onMinutes;
        long hourStart = second - second % 3600;
        boolean hotWater = hotWaterEvery > 1
                && second / 3600 % hotWaterEvery == hotWaterEvery - 1
                && second % 3600 < hotWaterMinutes * 60L;
        on |= hotWater;
        long minuteOfHour = second % 3600 / 60;
        boolean defrost = false;
        for (int minute : defrostMinutes) {
            defrost |= on && (defrostInHotWater || !hotWater) && minuteOfHour == minute;
        }
        if (on && !wasOn) {
            starts++;
            runStart = second;
        }
        wasOn = on;
        boolean auxOn = aux.test(second);
        int mode = defrost ? Sample.DEFROST : hotWater ? Sample.HOT_WATER : on ? Sample.HEATING : 5;
        boolean settling = on && second - runStart < 300 && !Double.isNaN(settlingFlow);
        c(Sample.FLOW, hotWater ? hotWaterFlow : settling ? settlingFlow : on ? flowAt.applyAsDouble(second) : ret);
        c(Sample.RETURN, ret);
        c(Sample.RETURN_TARGET, returnTarget);
        c(Sample.OUTDOOR, outdoorAt.applyAsDouble(second));
        boolean disinfecting = hotWater && disinfection.test(hourStart);
        boolean peaked = !defrostInHotWater || second % 3600 >= (hotWaterMinutes - 10) * 60L;
        c(Sample.TANK, hotWater ? (disinfecting && peaked ? disinfectionPeak : tankPeak) : setpoint - 2);
        c(Sample.HOT_WATER_TARGET, setpoint);
        calculations[Sample.COMPRESSOR] = on ? 1 : 0;
        calculations[Sample.MODE] = mode;
        calculations[Sample.SINCE_START] = on ? (int) (second - runStart) : 0;
        calculations[Sample.COMPRESSOR_SECONDS] = (int) compressorSeconds;
        calculations[Sample.STARTS] = (int) starts;
        calculations[Sample.AUX_1] = auxCounters ? (int) auxSeconds : -1;
        calculations[Sample.AUX_2] = auxCounters ? 0 : -1;
        calculations[Sample.AUX_3] = auxCounters ? 0 : -1;
        calculations[48] = auxOn ? 1 : 0;
        calculations[Sample.TYPE] = typeCode;
        calculations[Sample.HEAT_HEATING] = (int) heatHeating;
        calculations[Sample.HEAT_HOT_WATER] = (int) heatHotWater;
        calculations[Sample.HEAT_OUTPUT] =
                powerReadings && on && !defrost ? (int) (hotWater ? hotWaterHeatWatts : heatWatts) : 0;
        calculations[Sample.POWER_INPUT] = !powerReadings
                ? 0
                : on ? (int) (hotWater ? hotWaterPowerWatts : powerWatts) : powerReadWhileOff ? (int) offWatts : 0;
        parameters[Sample.RELEASE] = (int) Math.round(release * 10);
        parameters[Sample.HOT_WATER_SETTING] = (int) Math.round(setpoint * 10);
        parameters[Sample.ELECTRIC_HEATING] = electricityCounters ? (int) electricHeating : -1;
        parameters[Sample.ELECTRIC_HOT_WATER] = electricityCounters ? (int) electricHotWater : -1;
        parameters[1059] = (int) auxHeat;
        if (defrost && defrostStamps) {
            parameters[Sample.LAST_DEFROST] = (int) (second - second % 60);
        }
        // the counters at a poll hold the time up to it: what runs from now on shows at the next poll
        double seconds = POLL.toSeconds();
        if (on) {
            compressorSeconds += seconds;
            if (hotWater) {
                heatHotWater += hotWaterHeatWatts * seconds / 360_000;
                electricHotWater += hotWaterPowerWatts * seconds / 36_000;
            } else if (!defrost) {
                heatHeating += heatWatts * seconds / 360_000;
                electricHeating += powerWatts * seconds / 36_000;
            }
        } else {
            electricHeating += offWatts * seconds / 36_000;
        }
        if (auxOn) {
            auxSeconds += seconds;
            // a 6 kW rod, its heat counted in P1059 at 0.1 kWh
            auxHeat += 6000 * seconds / 360_000;
        }
    }

    private void c(int index, double celsius) {
        calculations[index] = (int) Math.round(celsius * 10);
    }
}
