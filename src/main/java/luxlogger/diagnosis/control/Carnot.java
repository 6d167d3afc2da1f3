package luxlogger.diagnosis.control;

/**
 * The share of Carnot (rule 6): Σheat / Σ(electricity × Carnot COP), counted only while the unit runs for the house
 * or the tank, with Carnot COP = (T_flow + 2 + 273.15) / ((T_flow + 2) − (T_out − 6)) (DIAGNOSTICS.md, emoncms
 * {@code myheatpump_process.php}). From the heat output C257 and power input C268 where the controller has them;
 * otherwise the rule takes the period's counters and the running time's mean Carnot COP, because the electricity
 * counters move only every hour or two (ENERGY.md §1.2) and cannot be matched to single polls.
 */
final class Carnot {

    private double heat;
    private double electricity;
    private double ideal;
    private double runningSeconds;
    private double carnotSeconds;

    /** The Carnot COP of a flow and outdoor temperature, NaN where the lift is not positive. */
    static double cop(double flow, double outdoor) {
        double hot = flow + 2;
        double lift = hot - (outdoor - 6);
        return lift > 0 ? (hot + 273.15) / lift : Double.NaN;
    }

    void interval(Interval interval) {
        Sample prev = interval.prev();
        if (!prev.heats()) {
            return;
        }
        double carnot = cop(prev.flow(), prev.outdoor());
        if (Double.isNaN(carnot)) {
            return;
        }
        double seconds = interval.seconds();
        runningSeconds += seconds;
        carnotSeconds += carnot * seconds;
        if (prev.powerInput() != Sample.NONE && prev.powerInput() > 0 && prev.heatOutput() != Sample.NONE) {
            heat += prev.heatOutput() * seconds;
            electricity += prev.powerInput() * seconds;
            ideal += prev.powerInput() * seconds * carnot;
        }
    }

    /** True when the power readings gave electricity while running. */
    boolean measured() {
        return electricity > 0 && heat > 0;
    }

    /** The share in percent from the power readings. */
    double share() {
        return 100 * heat / ideal;
    }

    /** The running time's mean Carnot COP; NaN without running. */
    double meanCop() {
        return runningSeconds > 0 ? carnotSeconds / runningSeconds : Double.NaN;
    }
}
