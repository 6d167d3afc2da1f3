package luxlogger.simulator.control;

import java.util.Arrays;

/**
 * What the simulated installation is like, for the health report's tests and demonstrations: the {@link #NORMAL} model
 * as calibrated on the real history, a {@link #HEALTHY} one that is on the good side of every rule of DIAGNOSTICS.md,
 * and one scenario per finding, each the healthy installation with one thing wrong (and the weather that shows it).
 */
public enum Scenario {
    /** The model as calibrated on the real history: the default. */
    NORMAL("normal", Installation.NORMAL),
    /** A well-set air/water system: runs for hours, a low curve, hot water at 47 °C, no backup heater. */
    HEALTHY("healthy", Installation.HEALTHY),
    /** A unit 3.5 times the house's need that cannot modulate below 10 kW: it starts every 20-30 minutes in winter. */
    SHORT_CYCLING("short-cycling", Installation.HEALTHY.withOutput(3.5, 10)),
    /** The curve's end point 28 K above the healthy one: 42-48 °C flow on a cold day, each kelvin costing COP. */
    CURVE_TOO_HIGH("curve-too-high", Installation.HEALTHY.withCurveRaise(24)),
    /** Hot water at 55 °C and a disinfection to 65 °C every night, in a mild week (10 K above January). */
    HOT_WATER_HOT("hot-water-hot", Installation.HEALTHY.withHotWater(55, true).withWeather(10)),
    /** The backup heater heats with the compressor in a mild week (about 8 °C) though released only below -5 °C. */
    BACKUP_HEATER_MILD(
            "backup-heater-mild",
            Installation.HEALTHY
                    .withAuxInHeating(BackupHeater.InHeating.ALWAYS, -5)
                    .withWeather(7.5)),
    /** A blocked evaporator that ices up at any temperature below 15 °C, in a mild week (about 8 °C). */
    WARM_DEFROSTS("warm-defrosts", Installation.HEALTHY.withIcingLimit(15).withWeather(7)),
    /** Closed valves or a dirty filter let 40 % of the pump's flow through the heating: flow and return far apart. */
    LOW_FLOW("low-flow", Installation.HEALTHY.withCircuitFlow(0.4)),
    /**
     * A unit too small for the house in a cold week: it runs without a break, the return stays below its target, and
     * the backup heater, released below -5 °C, helps after an hour.
     */
    CURVE_TOO_LOW(
            "curve-too-low",
            Installation.HEALTHY
                    .withHouseLoss(0.8)
                    .withAuxInHeating(BackupHeater.InHeating.BELOW_RELEASE, -5)
                    .withWeather(-8)),
    /** A refrigerant or hydraulic fault: the COP 35 % of Carnot instead of 64 %. */
    POOR_EFFICIENCY("poor-efficiency", Installation.HEALTHY.withCarnotShare(0.35)),
    /** A crankcase heater and pumps that draw 70 W while the compressor is off, in a mild week (about 8 °C). */
    STANDBY("standby", Installation.HEALTHY.withStandby(0.07).withWeather(8));

    private final String key;
    private final Installation installation;

    Scenario(String key, Installation installation) {
        this.key = key;
        this.installation = installation;
    }

    /** The name used on the command line and in configuration, e.g. {@code short-cycling}. */
    public String key() {
        return key;
    }

    /**
     * The unit's rated heating output in kW, at A2/W35 for an air/water profile and B0/W35 for a brine/water one: what
     * to give the logger as {@code RATED_OUTPUT_KW}.
     */
    public double ratedOutput(Profile profile) {
        return Unit.capacity(profile.airSource(), 2) * installation.unitScale();
    }

    Installation installation() {
        return installation;
    }

    /** By key or constant name, in any case. */
    public static Scenario of(String key) {
        return Arrays.stream(values())
                .filter(s -> s.key.equalsIgnoreCase(key) || s.name().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + key + "', known: "
                        + Arrays.stream(values()).map(Scenario::key).toList()));
    }
}
