package luxlogger.diagnosis.control;

/**
 * The heat-weighted flow temperature, flow-return spread and flow-outdoor difference while the compressor heats
 * the house (rules 3 and 4), overall and per day: hot water, defrost and the first minutes after each start are
 * left out (DIAGNOSTICS.md rule 3). Each interval weighs by the heat it made: the heat output C257 where the
 * controller has it, else the step of the heating heat meter C151, else its length. The weighting may change within
 * a period only where the controller's values come and go.
 */
final class HeatingTemperatures {

    /**
     * The first minutes after a start, left out: the flow is still rising. DIAGNOSTICS.md says "the first minutes"
     * without a number; five are taken (the report's reference text names it).
     */
    static final long SETTLING_SECONDS = 300;

    /** The heat meter counts 0.1 kWh, at most 30 kW (ENERGY.md §5): its bound per second. */
    private static final double HEAT_PER_SECOND = 30.0 / 3600 * 10;

    private final Days days;
    private final double[] dayWeight;
    private final double[] dayFlow;
    private final double[] daySpread;
    private double weight;
    private double flow;
    private double spread;
    private double outdoorWeight;
    private double flowOutdoor;
    private String weighting = "time";

    HeatingTemperatures(Days days) {
        this.days = days;
        dayWeight = new double[days.count()];
        dayFlow = new double[days.count()];
        daySpread = new double[days.count()];
    }

    /** @param runStart when the running compressor started, {@link Long#MIN_VALUE} if unknown */
    void interval(Interval interval, long runStart) {
        Sample prev = interval.prev();
        if (!prev.compressor()
                || prev.mode() != Sample.HEATING
                || Double.isNaN(prev.flow())
                || Double.isNaN(prev.ret())) {
            return;
        }
        long since = prev.sinceStart() != Sample.NONE
                ? prev.sinceStart()
                : runStart == Long.MIN_VALUE ? 0 : (prev.millis() - runStart) / 1000;
        if (since < SETTLING_SECONDS) {
            return;
        }
        double w = weight(interval);
        if (w <= 0) {
            return;
        }
        weight += w;
        flow += w * prev.flow();
        spread += w * (prev.flow() - prev.ret());
        if (!Double.isNaN(prev.outdoor())) {
            outdoorWeight += w;
            flowOutdoor += w * (prev.flow() - prev.outdoor());
        }
        int day = days.index(prev.millis());
        if (day >= 0) {
            dayWeight[day] += w;
            dayFlow[day] += w * prev.flow();
            daySpread[day] += w * (prev.flow() - prev.ret());
        }
    }

    /** The heat of the interval in W·s, or its length where nothing tells the heat. */
    private double weight(Interval interval) {
        Sample prev = interval.prev();
        Sample cur = interval.cur();
        if (prev.heatOutput() != Sample.NONE && prev.heatOutput() > 0) {
            weighting = "heat output";
            return prev.heatOutput() * interval.seconds();
        }
        // a heat meter that reads 0 is none (ENERGY.md §1.1: units without one report 0 forever)
        if (prev.heatHeating() > 0 && cur.heatHeating() != Sample.NONE) {
            weighting = "heat meter";
            // 0.1 kWh = 360,000 W·s
            return interval.step(prev.heatHeating(), cur.heatHeating(), HEAT_PER_SECOND) * 360_000.0;
        }
        return interval.seconds();
    }

    /** True when the house was heated in the period (outside the settling minutes). */
    boolean heated() {
        return weight > 0;
    }

    double flow() {
        return flow / weight;
    }

    double spread() {
        return spread / weight;
    }

    /** The heat-weighted flow minus outdoor temperature, NaN without an outdoor temperature. */
    double flowOverOutdoor() {
        return outdoorWeight > 0 ? flowOutdoor / outdoorWeight : Double.NaN;
    }

    /** The day's heat-weighted flow temperature, null without heating that day. */
    Double dayFlow(int day) {
        return dayWeight[day] > 0 ? dayFlow[day] / dayWeight[day] : null;
    }

    Double daySpread(int day) {
        return dayWeight[day] > 0 ? daySpread[day] / dayWeight[day] : null;
    }

    /** What the means are weighted by: {@code heat output}, {@code heat meter} or {@code time}. */
    String weighting() {
        return weighting;
    }
}
