package luxlogger.simulator.control;

import luxlogger.luxtronik.entity.Snapshot;

/**
 * What the controller counts about the simulated plant: operating seconds, compressor starts, heat delivered,
 * electricity used and the log of the last five switch-offs. Continues from the profile's values, as a
 * controller that has run for years would.
 */
final class Meters {

    double compressorSeconds;
    double heatPumpSeconds;
    double heatingSeconds;
    double hotWaterSeconds;
    int starts;
    /** kWh, like every energy here; the controller counts heat in tenths and electricity in hundredths. */
    double heatHeating;

    double heatHotWater;
    /** Heat the total meter counted for purposes the model does not run (cooling, pool), kWh. */
    final double heatOther;
    /** Units without a heat meter read 0 in C151-C154 for ever (the V1.80 dump); theirs stay 0 here too. */
    final boolean heatMeter;
    /** The resettable total C154, which firmware from V3.88 on no longer serves: it reads 0 there and stays so. */
    final boolean totalServed;

    double electricHeating;
    double electricHotWater;
    /**
     * The electricity inputs as the socket shows them: the controller updates them there only every hour or two,
     * although its own page counts finer (ENERGY.md 1.2); here at each full hour.
     */
    double shownElectricHeating;

    double shownElectricHotWater;
    /** The backup heater's operating seconds (C60) and heat in kWh (P1140 on current firmware, else P1059). */
    double auxSeconds;

    double auxHeat;
    final int[] switchOffCodes = new int[ModelField.SWITCH_OFF_CODES.slots()];
    final long[] switchOffTimes = new long[ModelField.SWITCH_OFF_TIMES.slots()];
    private int nextSwitchOff;

    Meters(Snapshot base) {
        compressorSeconds = ModelField.COMPRESSOR_SECONDS.read(base, 0);
        heatPumpSeconds = ModelField.HEAT_PUMP_SECONDS.read(base, 0);
        heatingSeconds = ModelField.HEATING_SECONDS.read(base, 0);
        hotWaterSeconds = ModelField.HOT_WATER_SECONDS.read(base, 0);
        starts = ModelField.COMPRESSOR_STARTS.read(base, 0);
        heatHeating = ModelField.HEAT_HEATING.read(base, 0) / 10.0;
        heatHotWater = ModelField.HEAT_HOT_WATER.read(base, 0) / 10.0;
        totalServed = ModelField.HEAT_TOTAL.read(base, 0) != 0;
        heatOther = totalServed ? ModelField.HEAT_TOTAL.read(base, 0) / 10.0 - heatHeating - heatHotWater : 0;
        heatMeter = heatHeating != 0 || heatHotWater != 0 || totalServed;
        electricHeating = ModelField.HEATING_ENERGY_INPUT.read(base, 0) / 100.0;
        electricHotWater = ModelField.HOT_WATER_ENERGY_INPUT.read(base, 0) / 100.0;
        auxSeconds = ModelField.AUX_SECONDS.read(base, 0);
        auxHeat = auxHeatField(base).read(base, 0) / 10.0;
        showElectricity();
        for (int i = 0; i < switchOffCodes.length; i++) {
            switchOffCodes[i] = ModelField.SWITCH_OFF_CODES.read(base, i, 0);
            switchOffTimes[i] = ModelField.SWITCH_OFF_TIMES.read(base, i, 0);
        }
        // The controller writes the slots as a ring (V3.78 dump: newest in slot 1): continue after the newest.
        int newest = 0;
        for (int i = 1; i < switchOffTimes.length; i++) {
            newest = switchOffTimes[i] > switchOffTimes[newest] ? i : newest;
        }
        nextSwitchOff = switchOffTimes[newest] == 0 ? 0 : (newest + 1) % switchOffTimes.length;
    }

    /**
     * One step of {@code seconds} in this mode, at this heat output and electric input of the compressor (kW), with
     * the backup heater's {@code aux} kW, which it turns into as much heat, and the {@code standby} kW the unit draws
     * while the compressor is off. Whether P1136 counts standby is not established (ENERGY.md 1.2); here it does, as
     * heating electricity, for the installations that have some; the power input C268 reads 0 while the compressor
     * is off (BenPru issue 282), so standby shows only in the counter.
     */
    void count(PlantMode mode, int seconds, double power, double electricPower, double aux, double standby) {
        double hours = seconds / 3600.0;
        if (aux > 0) {
            auxSeconds += seconds;
            auxHeat += aux * hours;
            // The heater's electricity goes into the input of what it heats (issue #20; ENERGY.md 1.2 leaves it open).
            if (mode == PlantMode.HOT_WATER) {
                electricHotWater += aux * hours;
            } else {
                electricHeating += aux * hours;
            }
        }
        if (mode.compressorOn()) {
            compressorSeconds += seconds;
            heatPumpSeconds += seconds;
        }
        switch (mode) {
            case HEATING -> {
                heatingSeconds += seconds;
                heatHeating += power * hours;
                electricHeating += electricPower * hours;
            }
            case HOT_WATER -> {
                hotWaterSeconds += seconds;
                heatHotWater += power * hours;
                electricHotWater += electricPower * hours;
            }
            case DEFROST -> electricHeating += electricPower * hours;
            case IDLE -> electricHeating += standby * hours;
        }
    }

    /**
     * Where the backup heater's heat counts: P1140, which continues the frozen P1059 from about V3.92.1 on, where the
     * firmware has it; else P1059 (0.1 kWh on V3.x, ENERGY.md 1.1).
     */
    static ModelField auxHeatField(Snapshot base) {
        return ModelField.AUX_HEAT.read(base, Integer.MIN_VALUE) != Integer.MIN_VALUE
                ? ModelField.AUX_HEAT
                : ModelField.AUX_HEAT_FROZEN;
    }

    void showElectricity() {
        shownElectricHeating = electricHeating;
        shownElectricHotWater = electricHotWater;
    }

    void started() {
        starts++;
    }

    /** The slot the next switch-off goes to, as P31 {@code ID_Switchoff_index} shows it. */
    int nextSwitchOff() {
        return nextSwitchOff;
    }

    void switchedOff(int code, long time) {
        switchOffCodes[nextSwitchOff] = code;
        switchOffTimes[nextSwitchOff] = time;
        nextSwitchOff = (nextSwitchOff + 1) % switchOffCodes.length;
    }
}
