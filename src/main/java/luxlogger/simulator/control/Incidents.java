package luxlogger.simulator.control;

import static luxlogger.simulator.control.ModelField.*;

import luxlogger.luxtronik.entity.Snapshot;

/**
 * What a test makes happen to a simulated controller besides time passing, so that every event a logger journals
 * comes through the real protocol: an error, a switch-off, a changed setting, a defrost, a restart, new firmware.
 * The {@link HeatPumpModel} calls it under its lock. Errors, settings and firmware are written into the model's own
 * copy of the profile's values, which every snapshot starts from, so they stay for good.
 */
final class Incidents {

    /** "heatpump error": logged one second before the error (coolchip dump: 716 at 1500955563, code 1 at …562). */
    private static final int SWITCH_OFF_ERROR = 1;
    /** Status line 1 "errorcode slot 0" with line 2 "since last error", as FHEM and openHAB read them. */
    private static final int STATUS_ERROR = 3;

    private static final int STATUS_SINCE_LAST_ERROR = 2;

    private final Snapshot base;
    private final Plant plant;
    /** The controller shows the newest error until the next incident. */
    private boolean errorShown;

    Incidents(Snapshot base, Plant plant) {
        this.base = base;
        this.plant = plant;
    }

    /**
     * Enters an error into the file (C95-C99 times, C100-C104 codes, newest first; C105 the count, at most 5) after
     * a switch-off with code 1 one second earlier, which stops the compressor if it runs.
     */
    void error(int code, long time) {
        if (code <= 0) {
            throw new IllegalArgumentException("an error code is positive (700-807 on real controllers): " + code);
        }
        plant.compressor.switchOff(time - 1, SWITCH_OFF_ERROR);
        for (int i = ERROR_TIMES.slots() - 1; i > 0; i--) {
            ERROR_TIMES.write(base, i, ERROR_TIMES.read(base, i - 1, 0));
            ERROR_CODES.write(base, i, ERROR_CODES.read(base, i - 1, 0));
        }
        ERROR_TIMES.write(base, (int) time);
        ERROR_CODES.write(base, code);
        ERROR_COUNT.write(base, Math.min(ERROR_TIMES.slots(), ERROR_COUNT.read(base, 0) + 1));
        errorShown = true;
    }

    /** Logs a switch-off with this code in the ring (C106-C115, P31 the next slot), stopping a running compressor. */
    void switchOff(int code, long time) {
        if (code < 0) {
            throw new IllegalArgumentException("a switch-off code is not negative: " + code);
        }
        plant.compressor.switchOff(time, code);
        errorShown = false;
    }

    /** Sets a parameter as an installer would on the controller's display; values the model drives it rewrites. */
    void parameter(int index, int raw) {
        if (index < 0 || index >= base.parameters().length) {
            throw new IllegalArgumentException(
                    "parameter " + index + " is not within 0.." + (base.parameters().length - 1) + " of this firmware");
        }
        base.parameters()[index] = raw;
        errorShown = false;
    }

    /** Defrosts at the next step (P1119 stamped at its end); only air/water units have an evaporator that ices. */
    void defrost() {
        if (!plant.airSource()) {
            throw new IllegalStateException("a brine/water heat pump never defrosts");
        }
        plant.compressor.askDefrost();
        errorShown = false;
    }

    /** Loses power now and boots at {@code back}: see {@link Compressor#restart(long)}. */
    void restart(long back) {
        plant.compressor.restart(back);
        errorShown = false;
    }

    /** Reports this version in C81-C90 from now on, one ASCII character per value, zeros after it. */
    void firmware(String version) {
        if (version.isEmpty()
                || version.length() > FIRMWARE.slots()
                || !version.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException(
                    "a firmware version is 1-" + FIRMWARE.slots() + " printable ASCII characters: '" + version + "'");
        }
        for (int i = 0; i < FIRMWARE.slots(); i++) {
            FIRMWARE.write(base, i, i < version.length() ? version.charAt(i) : 0);
        }
        errorShown = false;
    }

    /** What the incidents add to a rendered snapshot: the error on the status lines. */
    void show(Snapshot s) {
        if (errorShown) {
            STATUS_LINE_1.write(s, STATUS_ERROR);
            STATUS_LINE_2.write(s, STATUS_SINCE_LAST_ERROR);
        }
    }
}
