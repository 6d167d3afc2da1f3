package luxlogger.diagnosis.control;

import java.util.List;
import luxlogger.diagnosis.control.Episodes.Episode;

/**
 * The backup heater (rules 5 and 9), from the steps of its operating-time counters C60-C62: its time while the
 * outdoor temperature is above its release temperature P90 {@code ID_Einst_ZWEFreig_akt}, and its time in heating,
 * released (at or below P90), while the compressor runs on and the return stays below its target C12 (the curve too
 * low to keep up).
 */
final class BackupHeater {

    /** Three heaters, each counting at most the clock's seconds. */
    private static final double SECONDS_PER_SECOND = 3;

    private static final int KEPT = 3;

    private boolean counted;
    private double release = Double.NaN;
    private double seconds;
    private double aboveRelease;
    private double curveLow;
    private final Episodes aboveEpisodes = new Episodes(KEPT);
    private final Episodes lowEpisodes = new Episodes(KEPT);

    /** @return the heater's seconds in the interval, for the hot-water runs */
    long interval(Interval interval) {
        Sample prev = interval.prev();
        Sample cur = interval.cur();
        if (prev.auxSeconds() == Sample.NONE || cur.auxSeconds() == Sample.NONE) {
            return 0;
        }
        counted = true;
        if (!Double.isNaN(prev.release())) {
            release = prev.release();
        }
        long step = interval.step(prev.auxSeconds(), cur.auxSeconds(), SECONDS_PER_SECOND);
        seconds += step;
        if (step > 0 && prev.outdoor() > prev.release()) {
            aboveRelease += step;
            aboveEpisodes.add(interval.millis(), interval.end());
        }
        boolean keepingUp = prev.ret() >= prev.returnTarget() || Double.isNaN(prev.returnTarget());
        // at or below its release temperature only: above it the heater runs against its setting (rule 9's finding),
        // not because the compressor alone cannot keep up
        boolean released = !(prev.outdoor() > prev.release());
        if (step > 0
                && released
                && prev.mode() == Sample.HEATING
                && prev.compressor()
                && cur.compressor()
                && !keepingUp) {
            curveLow += interval.seconds();
            lowEpisodes.add(interval.millis(), interval.end());
        }
        return step;
    }

    /** True when the controller has the heater counters C60-C62. */
    boolean counted() {
        return counted;
    }

    /** The release temperature P90 of the period's last poll that has it, °C; NaN without. */
    double release() {
        return release;
    }

    double hours() {
        return seconds / 3600;
    }

    double hoursAboveRelease() {
        return aboveRelease / 3600;
    }

    List<Episode> aboveRelease() {
        return aboveEpisodes.longest();
    }

    /** Hours the heater helped in heating while the compressor ran on and the return stayed below its target. */
    double hoursCurveLow() {
        return curveLow / 3600;
    }

    List<Episode> curveLow() {
        return lowEpisodes.longest();
    }
}
