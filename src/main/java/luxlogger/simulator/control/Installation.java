package luxlogger.simulator.control;

import static luxlogger.simulator.control.ModelField.AUX_RELEASE;
import static luxlogger.simulator.control.ModelField.CURVE_END_POINT;
import static luxlogger.simulator.control.ModelField.DISINFECTION_EVERY_DAY;
import static luxlogger.simulator.control.ModelField.DISINFECTION_TEMPERATURE;
import static luxlogger.simulator.control.ModelField.HOT_WATER_SETPOINT;

import java.util.function.Consumer;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The knobs a {@link Scenario} turns on the simulated installation and its weather. {@link #NORMAL} leaves the model
 * as it was calibrated on the real history; every other scenario starts from {@link #HEALTHY} and turns one knob.
 *
 * @param weatherOffset K added to the outdoor temperature at every instant (a mild week made of a winter one)
 * @param houseLoss the house's heat loss relative to the normal house's 7.2 kW at -4 °C
 * @param outputFactor heating output as a multiple of the house's momentary need (the normal inverter aims at
 *     1.5); the unit's capacity and, for larger units, the heating pump scale with it
 * @param minOutput the lowest heating output the unit modulates down to, kW
 * @param curveRaise K by which the heating curve's end point (the return target at -20 °C, P11) lies above the
 *     curve the profile's values imply: half of it at 0 °C outdoor
 * @param hotWaterTarget hot-water setpoint in °C (P2), or NaN for the profile's
 * @param disinfection a thermal disinfection to {@link Tank#DISINFECTION} °C every night, the backup heater helping
 *     above what the compressor reaches
 * @param auxInHeating when the backup heater (ZWE1) heats with the compressor: never, as a bivalent system below its
 *     release temperature, or (a wrong setting or a fault) whenever the heating circuit is below its target
 * @param auxRelease the backup heater's release temperature in °C (P90), or NaN for the profile's
 * @param icingLimit outdoor temperature in °C below which the evaporator of an air/water unit ices up
 * @param carnotShare the COP as this share of the Carnot COP of flow and source temperature, as the monitoring sites
 *     compute it (ENERGY.md §6), so that each kelvin of flow costs about 2 %; 0 for the normal model's formula
 * @param circuitFlow the share of the heating pump's flow that the heating circuit lets through: 1, or less behind
 *     closed valves or a dirty filter
 * @param standbyPower kW the unit draws while the compressor is off (crankcase heater, pumps, electronics), counted
 *     in the heating electricity P1136
 */
record Installation(
        double weatherOffset,
        double houseLoss,
        double outputFactor,
        double minOutput,
        double curveRaise,
        double hotWaterTarget,
        boolean disinfection,
        BackupHeater.InHeating auxInHeating,
        double auxRelease,
        double icingLimit,
        double carnotShare,
        double circuitFlow,
        double standbyPower) {

    /** The output factor of the normal model: the inverter modulates to 1.5 times the need. */
    static final double NORMAL_OUTPUT = 1.5;

    static final Installation NORMAL = new Installation(
            0, 1, NORMAL_OUTPUT, 3, 0, Double.NaN, false, BackupHeater.InHeating.NEVER, Double.NaN, 7, 0, 1, 0);

    /**
     * A well-set air/water system: a unit sized to the house (1.05 times its need, so it runs for hours in winter),
     * a low curve, hot water at 47 °C without disinfection, no backup heater, and an evaporator that ices up only
     * below +5.5 °C. Its COP is 64 % of Carnot at 35 °C flow (about 60 % for hot water), which puts hot water at
     * 47 °C above the fleet median COP in January, and the measured share of Carnot, with defrosts, at about 55 %.
     */
    static final Installation HEALTHY = new Installation(
            0, 0.6, 1.05, 1.5, -4, 47, false, BackupHeater.InHeating.NEVER, Double.NaN, 5.5, 0.64, 1, 0);

    Installation withWeather(double offset) {
        return with(k -> k.weatherOffset = offset);
    }

    Installation withHouseLoss(double loss) {
        return with(k -> k.houseLoss = loss);
    }

    Installation withOutput(double factor, double min) {
        return with(k -> {
            k.outputFactor = factor;
            k.minOutput = min;
        });
    }

    Installation withCurveRaise(double kelvin) {
        return with(k -> k.curveRaise = kelvin);
    }

    Installation withHotWater(double target, boolean disinfect) {
        return with(k -> {
            k.hotWaterTarget = target;
            k.disinfection = disinfect;
        });
    }

    /** The backup heater heats with the compressor as {@code use} says, released below {@code release} °C (P90). */
    Installation withAuxInHeating(BackupHeater.InHeating use, double release) {
        return with(k -> {
            k.auxInHeating = use;
            k.auxRelease = release;
        });
    }

    Installation withIcingLimit(double celsius) {
        return with(k -> k.icingLimit = celsius);
    }

    Installation withCarnotShare(double share) {
        return with(k -> k.carnotShare = share);
    }

    Installation withCircuitFlow(double share) {
        return with(k -> k.circuitFlow = share);
    }

    Installation withStandby(double kilowatts) {
        return with(k -> k.standbyPower = kilowatts);
    }

    /** The unit's capacity, lowest modulation and heating pump relative to the normal unit's. */
    double unitScale() {
        return outputFactor / NORMAL_OUTPUT;
    }

    /**
     * Writes what the installer set into the controller's parameters, so that a logger reads the settings the
     * simulated plant runs with: the curve's end point, the hot-water setpoint, the disinfection and the backup
     * heater's release temperature, each only where this installation changes it (all in tenths of °C).
     *
     * @param curveEndPoint the return target at -20 °C the plant runs with
     */
    void configure(Snapshot base, double curveEndPoint) {
        if (curveRaise != 0) {
            CURVE_END_POINT.write(base, tenths(curveEndPoint));
        }
        if (!Double.isNaN(hotWaterTarget)) {
            HOT_WATER_SETPOINT.write(base, tenths(hotWaterTarget));
        }
        if (disinfection) {
            DISINFECTION_TEMPERATURE.write(base, tenths(Tank.DISINFECTION));
            DISINFECTION_EVERY_DAY.write(base, 1);
        }
        if (!Double.isNaN(auxRelease)) {
            AUX_RELEASE.write(base, tenths(auxRelease));
        }
    }

    private static int tenths(double celsius) {
        return (int) Math.round(celsius * 10);
    }

    /** A copy with some knobs turned: a record's components cannot be set one by one. */
    private Installation with(Consumer<Knobs> turn) {
        Knobs k = new Knobs(this);
        turn.accept(k);
        return new Installation(
                k.weatherOffset,
                k.houseLoss,
                k.outputFactor,
                k.minOutput,
                k.curveRaise,
                k.hotWaterTarget,
                k.disinfection,
                k.auxInHeating,
                k.auxRelease,
                k.icingLimit,
                k.carnotShare,
                k.circuitFlow,
                k.standbyPower);
    }

    /** The components of an installation, to be turned before they make a new one. */
    private static final class Knobs {
        double weatherOffset;
        double houseLoss;
        double outputFactor;
        double minOutput;
        double curveRaise;
        double hotWaterTarget;
        boolean disinfection;
        BackupHeater.InHeating auxInHeating;
        double auxRelease;
        double icingLimit;
        double carnotShare;
        double circuitFlow;
        double standbyPower;

        Knobs(Installation i) {
            weatherOffset = i.weatherOffset;
            houseLoss = i.houseLoss;
            outputFactor = i.outputFactor;
            minOutput = i.minOutput;
            curveRaise = i.curveRaise;
            hotWaterTarget = i.hotWaterTarget;
            disinfection = i.disinfection;
            auxInHeating = i.auxInHeating;
            auxRelease = i.auxRelease;
            icingLimit = i.icingLimit;
            carnotShare = i.carnotShare;
            circuitFlow = i.circuitFlow;
            standbyPower = i.standbyPower;
        }
    }
}
