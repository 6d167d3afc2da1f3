package luxlogger.simulator.control;

import static luxlogger.simulator.control.ModelField.*;

import java.time.Instant;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Turns the plant's state into the raw values a controller would send at one instant: temperatures in tenths
 * with sensor noise, counters in seconds, heat in 0.1 kWh and electricity in 0.01 kWh, outputs as 0/1, status
 * codes, the controller clock, and the parameter side's copies of counters ({@link ParameterCopies}). Everything
 * else keeps the profile's value.
 */
final class Readout {

    /** Sensor noise in tenths of a kelvin: readings of a steady temperature wander by ±1-2 raw units. */
    private static final double TEMPERATURE_NOISE = 0.6;
    /** Calculation 80 while the utility locks the heat pump ("evu" in {@code codes.tsv}). */
    private static final int OPERATING_MODE_UTILITY_LOCK = 3;
    /** Status line 3 "thermal desinfection" ({@code codes.tsv}). */
    private static final int STATUS_DISINFECTION = 9;

    private final Snapshot base;
    private final ModelNoise noise;
    private final ModelField auxHeat;

    Readout(Snapshot base, long seed) {
        this.base = base;
        this.noise = new ModelNoise(seed ^ 0x5EED);
        this.auxHeat = Meters.auxHeatField(base);
    }

    Snapshot render(Plant p, Instant time) {
        Snapshot s = new Snapshot(
                time,
                base.parameters().clone(),
                base.calculations().clone(),
                base.visibilities().clone());
        long now = time.getEpochSecond();
        // The plant steps every 10 s; counters carry on between steps so they never stand still or jump back.
        long ahead = Math.max(0, now - p.time);
        PlantMode mode = p.mode();
        Compressor c = p.compressor;
        Meters m = p.meters;
        Refrigerant r = p.refrigerant;
        boolean on = mode.compressorOn();
        boolean heats = mode == PlantMode.HEATING || mode == PlantMode.HOT_WATER;
        boolean pump = p.pumpOn();

        temperature(s, now, FLOW, p.flow);
        temperature(s, now, RETURN, p.ret);
        RETURN_TARGET.write(s, tenths(p.returnTarget));
        temperature(s, now, RETURN_EXTERNAL, p.ret + 0.4);
        temperature(s, now, HOT_GAS, r.hotGas);
        temperature(s, now, OUTDOOR, p.outdoor);
        OUTDOOR_AVERAGE.write(s, tenths(p.outdoorAverage));
        temperature(s, now, HOT_WATER, p.tank.temperature);
        HOT_WATER_TARGET.write(s, tenths(p.tank.target));
        temperature(s, now, SOURCE_IN, r.source);
        temperature(s, now, SOURCE_OUT, r.source - (heats ? (p.airSource() ? 5 : 3) : 0.2));
        temperature(s, now, SUCTION_EVAPORATOR, r.evaporation(mode) + (heats ? 5 : 0));
        temperature(s, now, SUCTION_COMPRESSOR, r.evaporation(mode) + (heats ? 6 : 0.5));
        temperature(s, now, COMPRESSOR_HEATING, on ? r.hotGas - 20 : r.hotGas - 2);
        temperature(s, now, EVAPORATION, r.evaporation(mode));
        temperature(s, now, CONDENSATION, r.condensation(mode, p.flow));
        if (heats) {
            SUPERHEAT.write(s, (int) Math.round(55 + 2 * gaussian(now, SUPERHEAT)));
        }

        DEFROST_VALVE.write(s, mode == PlantMode.DEFROST);
        HOT_WATER_PUMP.write(s, mode == PlantMode.HOT_WATER);
        HEATING_PUMP.write(s, pump);
        FAN.write(s, p.airSource() && heats);
        SOURCE_PUMP.write(s, !p.airSource() && on);
        COMPRESSOR.write(s, on);
        AUX_OUTPUT.write(s, p.heater.on);
        AUX_RUN_SECONDS.write(s, p.heater.on ? (int) (now - p.heater.since) : 0);

        COMPRESSOR_SECONDS.write(s, seconds(m.compressorSeconds, on, ahead));
        HEAT_PUMP_SECONDS.write(s, seconds(m.heatPumpSeconds, on, ahead));
        HEATING_SECONDS.write(s, seconds(m.heatingSeconds, mode == PlantMode.HEATING, ahead));
        HOT_WATER_SECONDS.write(s, seconds(m.hotWaterSeconds, mode == PlantMode.HOT_WATER, ahead));
        AUX_SECONDS.write(s, seconds(m.auxSeconds, p.heater.on, ahead));
        COMPRESSOR_STARTS.write(s, m.starts);
        RUN_SECONDS.write(s, on ? (int) (now - c.lastStart) : 0);
        // a restarted controller counts its standstill from the moment it is back
        STANDSTILL_SECONDS.write(s, on ? 0 : (int) Math.max(0, now - c.lastStop));
        LOCK_SECONDS.write(s, on ? 0 : (int) Math.max(0, c.lockRemaining(p.time) - ahead));
        if (p.airSource()) {
            DEFROST_SECONDS.write(s, c.icePerSecond > 0 ? (int) ((1 - c.ice) / c.icePerSecond) : 0);
            LAST_DEFROST.write(s, (int) c.lastDefrost);
        }
        status(s, c, p.time, now, ahead);
        if (mode == PlantMode.HOT_WATER && p.tank.disinfecting) {
            STATUS_LINE_3.write(s, STATUS_DISINFECTION);
        }
        for (int i = 0; i < SWITCH_OFF_CODES.slots(); i++) {
            SWITCH_OFF_CODES.write(s, i, m.switchOffCodes[i]);
            SWITCH_OFF_TIMES.write(s, i, (int) m.switchOffTimes[i]);
        }
        CLOCK.write(s, (int) now);

        if (m.heatMeter) {
            HEAT_HEATING.write(s, meter(m.heatHeating, 10));
            HEAT_HOT_WATER.write(s, meter(m.heatHotWater, 10));
        }
        if (m.totalServed) {
            HEAT_TOTAL.write(s, meter(m.heatHeating + m.heatHotWater + m.heatOther, 10));
        }
        // The electricity inputs count hundredths (overrides.tsv has the evidence), unlike the heat meters.
        HEATING_ENERGY_INPUT.write(s, meter(m.shownElectricHeating, 100));
        HOT_WATER_ENERGY_INPUT.write(s, meter(m.shownElectricHotWater, 100));
        auxHeat.write(s, meter(m.auxHeat, 10));
        HIGH_PRESSURE.write(s, (int) Math.round(r.highPressure * 100 + 3 * gaussian(now, HIGH_PRESSURE)));
        LOW_PRESSURE.write(s, (int) Math.round(r.lowPressure * 100 + 3 * gaussian(now, LOW_PRESSURE)));
        double rate = mode == PlantMode.HOT_WATER ? 1000 : 1200 * p.pumpScale();
        int flowRate = pump ? (int) Math.round(rate + 6 * gaussian(now, FLOW_RATE)) : 0;
        FLOW_RATE.write(s, flowRate);
        FLOW_RATE_2.write(s, flowRate);
        boolean brinePump = !p.airSource() && on;
        SOURCE_FLOW_RATE.write(s, brinePump ? (int) Math.round(1900 + 8 * gaussian(now, SOURCE_FLOW_RATE)) : 0);
        PUMP_PWM.write(s, pump ? (int) Math.round(58 + 0.6 * gaussian(now, PUMP_PWM)) : 0);
        SPREAD.write(s, pump ? (int) Math.round((p.flow - p.ret) * 10) : 0);
        compressor(s, p, now, heats);
        ParameterCopies.write(s, m);
        return s;
    }

    private void compressor(Snapshot s, Plant p, long now, boolean heats) {
        double hertz = switch (p.mode()) {
            case HEATING -> 25 + 9 * p.power;
            case HOT_WATER -> 55;
            case DEFROST -> 60;
            case IDLE -> 0;
        };
        FREQUENCY_TARGET.write(s, (int) Math.round(hertz));
        int jitter = (int) Math.round(0.7 * gaussian(now, COMPRESSOR_FREQUENCY));
        COMPRESSOR_FREQUENCY.write(s, hertz == 0 ? 0 : (int) Math.round(hertz) + jitter);
        boolean fan = p.airSource() && heats;
        FAN_SPEED.write(s, fan ? (int) Math.round(350 + 50 * p.power + 8 * gaussian(now, FAN_SPEED)) : 0);
        HEAT_OUTPUT.write(s, heats ? (int) Math.round(p.power * 1000 + 25 * gaussian(now, HEAT_OUTPUT)) : 0);
        POWER_INPUT.write(
                s,
                p.electricPower > 0 ? (int) Math.round(p.electricPower * 1000 + 10 * gaussian(now, POWER_INPUT)) : 0);
    }

    /** Status lines as the controller's main menu shows them: "idle since 12:03" or "coming in 4:10". */
    private static void status(Snapshot s, Compressor c, long time, long now, long ahead) {
        // The EVU contact is closed while the utility allows running (both dumps read 1 at standstill; BenPru
        // names it EVU_UNLOCKED; "EVU ... AUS = Sperrzeit" in the Luxtronik 2.0 manual): 0 means locked.
        UTILITY_UNLOCKED.write(s, !c.locked);
        OPERATING_MODE.write(s, c.locked ? OPERATING_MODE_UTILITY_LOCK : c.mode.operatingMode);
        if (now < c.heldUntil) {
            STATUS_LINE_1.write(s, 1); // heat pump idle
            STATUS_LINE_2.write(s, 1); // in
            STATUS_LINE_3.write(s, 2); // grid switch on delay
            STATUS_SECONDS.write(s, (int) (c.heldUntil - now));
        } else if (c.locked) {
            STATUS_LINE_1.write(s, 1); // heat pump idle
            STATUS_LINE_2.write(s, 0); // since
            STATUS_LINE_3.write(s, 4); // lock time
            STATUS_SECONDS.write(s, (int) (now - c.statusSince));
        } else if (c.waiting) {
            STATUS_LINE_1.write(s, 2); // heat pump coming
            STATUS_LINE_2.write(s, 1); // in
            STATUS_LINE_3.write(s, 3); // cycle lock
            STATUS_SECONDS.write(s, (int) Math.max(0, c.lockRemaining(time) - ahead));
        } else {
            STATUS_LINE_1.write(s, c.mode.statusLine1);
            STATUS_LINE_2.write(s, 0); // since
            STATUS_LINE_3.write(s, c.mode.statusLine3);
            STATUS_SECONDS.write(s, (int) (now - c.statusSince));
        }
    }

    private void temperature(Snapshot s, long now, ModelField field, double celsius) {
        field.write(s, (int) Math.round(celsius * 10 + TEMPERATURE_NOISE * gaussian(now, field)));
    }

    private double gaussian(long now, ModelField field) {
        return noise.gaussian(now, field.ordinal());
    }

    private static int tenths(double value) {
        return (int) Math.round(value * 10);
    }

    /** Meters count whole steps (1/10 or 1/100 kWh) and never run backwards. */
    private static int meter(double kilowattHours, int stepsPerKilowattHour) {
        return (int) Math.floor(kilowattHours * stepsPerKilowattHour);
    }

    private static int seconds(double counted, boolean running, long ahead) {
        return (int) (counted + (running ? ahead : 0));
    }
}
