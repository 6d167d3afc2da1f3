package luxlogger.diagnosis.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Hot-water runs (rule 7): how many, the usual setpoint, and thermal-disinfection runs. A disinfection run is a run
 * whose tank temperature C17 reaches the disinfection temperature (60 °C, DVGW W 551) while the setpoint at its start
 * is below it. A defrost pauses a run rather than ending it, as an air-source unit defrosts while it heats water too.
 * The backup heater's time in hot-water runs that are not disinfection runs is kept for rule 9.
 */
final class HotWaterRuns {

    /** Setpoints in tenths of a kelvin from 0 to 100 °C: the most frequent is the usual one. */
    private final int[] setpoints = new int[1001];

    private static final int KEPT = 3;

    private final double disinfection;
    private boolean open;
    private double peak;
    private double setpointAtStart;
    private long runStart;
    private long runAux;
    private long runAuxAboveRelease;
    private long auxAboveReleaseInDisinfection;
    private int runs;
    private int disinfections;
    private final List<long[]> disinfectionRuns = new ArrayList<>();
    private long auxOutsideDisinfection;

    /** @param disinfection the tank temperature that makes a run a disinfection run, °C */
    HotWaterRuns(double disinfection) {
        this.disinfection = disinfection;
    }

    /** Two polls in a row; {@code within} when the later one lies in the period. */
    void polls(Sample prev, Sample cur, boolean within) {
        if (within && cur.hotWaterSetpoint() >= 0 && cur.hotWaterSetpoint() <= 100) {
            setpoints[(int) Math.round(cur.hotWaterSetpoint() * 10)]++;
        }
        boolean now = cur.mode() == Sample.HOT_WATER;
        if (open && cur.mode() == Sample.DEFROST) {
            return;
        }
        if (now && !open && prev.mode() != Sample.HOT_WATER) {
            open = within;
            runs += within ? 1 : 0;
            peak = cur.tank();
            setpointAtStart = cur.hotWaterSetpoint();
            runStart = cur.millis();
            runAux = 0;
            runAuxAboveRelease = 0;
        } else if (now && open && !Double.isNaN(cur.tank())) {
            peak = Double.isNaN(peak) ? cur.tank() : Math.max(peak, cur.tank());
        } else if (!now && open) {
            open = false;
            if (peak >= disinfection && setpointAtStart < disinfection) {
                disinfections++;
                auxAboveReleaseInDisinfection += runAuxAboveRelease;
                if (disinfectionRuns.size() < KEPT) {
                    disinfectionRuns.add(new long[] {runStart, cur.millis()});
                }
            } else {
                auxOutsideDisinfection += runAux;
            }
        }
    }

    /** The backup heater's seconds of an interval. */
    void aux(Interval interval, long auxSeconds) {
        Sample prev = interval.prev();
        if (open && inRun(prev)) {
            runAux += auxSeconds;
            if (prev.outdoor() > prev.release()) {
                runAuxAboveRelease += auxSeconds;
            }
        }
    }

    /** A poll within a run: hot water, or a defrost that paused it. */
    private static boolean inRun(Sample sample) {
        return sample.mode() == Sample.HOT_WATER || sample.mode() == Sample.DEFROST;
    }

    int runs() {
        return runs;
    }

    int disinfections() {
        return disinfections;
    }

    List<long[]> disinfectionRuns() {
        return List.copyOf(disinfectionRuns);
    }

    /**
     * Hours the backup heater ran above its release temperature in disinfection runs: finishing a disinfection is
     * its job whatever the weather (DIAGNOSTICS.md rule 9 faults only its use outside them).
     */
    double auxHoursAboveReleaseInDisinfection() {
        return auxAboveReleaseInDisinfection / 3600.0;
    }

    /** Hours the backup heater ran in hot-water runs that were no disinfection run. */
    double auxHoursOutsideDisinfection() {
        return auxOutsideDisinfection / 3600.0;
    }

    /** The most frequent hot-water setpoint of the period, °C; NaN without one. */
    double setpoint() {
        int best = -1;
        for (int i = 1; i < setpoints.length; i++) {
            if (setpoints[i] > 0 && (best < 0 || setpoints[i] > setpoints[best])) {
                best = i;
            }
        }
        return best < 0 ? Double.NaN : best / 10.0;
    }
}
