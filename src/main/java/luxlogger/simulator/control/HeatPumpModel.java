package luxlogger.simulator.control;

import java.time.Instant;
import java.util.Objects;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * A simulated heat pump behind a controller of a given {@link Profile}: outdoor temperature on a daily curve
 * with drifting weather, heating on a return-temperature curve with compressor cycles, hot-water reheats after
 * draw-offs, defrosts of air/water units, the utility's daily lock, counters, heat meters, pressures and sensor
 * noise.
 *
 * <p>Deterministic: the same profile, seed and start give the same snapshot at the same instant, however
 * often and at whichever steps it was asked before. The state runs forward only, as a continuous run: asking
 * for an instant earlier than one already produced shows the later state under the earlier clock.
 * Parameters stay as in the profile except the defrost timestamp and energy inputs of current firmware and the
 * copies of counters and the switch-off file a real controller refreshes at every poll ({@link ParameterCopies});
 * visibilities never change.
 */
public final class HeatPumpModel {

    private final Profile profile;
    private final Instant start;
    private final Plant plant;
    private final Readout readout;

    public HeatPumpModel(Profile profile, long seed, Instant start) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.start = Objects.requireNonNull(start, "start");
        Snapshot base = profile.snapshot();
        this.plant = new Plant(base, profile.airSource(), seed, start.getEpochSecond());
        this.readout = new Readout(base, seed);
    }

    /** The raw values the controller would send at this instant. */
    public synchronized Snapshot snapshotAt(Instant time) {
        long target = time.getEpochSecond();
        while (plant.time + Plant.STEP <= target) {
            plant.step();
        }
        return readout.render(plant, time);
    }

    public Profile profile() {
        return profile;
    }

    public Instant start() {
        return start;
    }
}
