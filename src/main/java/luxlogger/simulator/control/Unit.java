package luxlogger.simulator.control;

/** The heat pump unit of the simulated plant: the heat it gives in each mode, and at which COP. */
final class Unit {

    /**
     * A compressor loses efficiency as its lift grows: 0.4 % of its share of Carnot per K of flow above 35 °C, which
     * with Carnot's own fall makes each kelvin cost the 2-2.5 % of COP of DIAGNOSTICS.md rule 4.
     */
    private static final double EFFICIENCY_FALL = 0.004;

    private final boolean air;
    private final Installation installation;

    Unit(boolean air, Installation installation) {
        this.air = air;
        this.installation = installation;
    }

    /** The normal unit's largest heating output at this outdoor temperature, kW. */
    static double capacity(boolean air, double outdoor) {
        return air ? clamp(9 + 0.12 * outdoor, 5, 12) : 7.0;
    }

    /**
     * Thermal output in kW when the house loses {@code need} kW: the normal inverter modulates to 1.5 times the need
     * within its limits, so it cycles on the return temperature's hysteresis: near 0 °C 15-25 starts a day of 40-70
     * minutes each. Only close to its capacity (below about -4 °C) does it run for hours. The installation's unit may
     * be smaller or larger.
     */
    double output(PlantMode mode, double need, double outdoor) {
        double capacity = capacity(air, outdoor) * installation.unitScale();
        return switch (mode) {
            case HEATING -> clamp(need * installation.outputFactor(), installation.minOutput(), capacity);
            case HOT_WATER -> air ? 3.4 + 0.03 * outdoor : 3.8;
            case DEFROST, IDLE -> 0;
        };
    }

    /**
     * Air/water heating at 0 °C outdoor and 35 °C flow: 4.25, about 60 % of the Carnot COP of ENERGY.md §6; with hot
     * water and defrosts a winter day comes to 3.5-4, as on the better real systems. An installation may set the
     * share of Carnot instead.
     *
     * @param source the brine's temperature (brine/water units)
     */
    double cop(double flow, double outdoor, double source) {
        if (installation.carnotShare() > 0) {
            double cold = air ? outdoor : source;
            double carnot = (flow + 2 + 273.15) / Math.max(5, flow + 2 - (cold - 6));
            double share = installation.carnotShare() * (1 - EFFICIENCY_FALL * (flow - 35));
            return clamp(share * carnot, 1.5, 7);
        }
        double lift = 0.07 * (flow - 30);
        return air ? clamp(4.6 + 0.09 * outdoor - lift, 1.5, 7) : clamp(5.0 + 0.05 * (source - 5) - lift, 2, 7);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
