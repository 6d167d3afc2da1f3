package luxlogger.simulator.control;

import java.time.Instant;
import java.util.Objects;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * A simulated heat pump behind a controller of a given {@link Profile}: outdoor temperature on a daily curve
 * with drifting weather, heating on a return-temperature curve with compressor cycles, hot-water reheats after
 * draw-offs, defrosts of air/water units, the utility's daily lock, counters, heat meters, pressures and sensor
 * noise; a {@link Scenario} changes the installation and the weather to show what a health report finds.
 *
 * <p>Deterministic: the same profile, seed and start give the same snapshot at the same instant, however
 * often and at whichever steps it was asked before. The state runs forward only, as a continuous run: asking
 * for an instant earlier than one already produced shows the later state under the earlier clock.
 * Parameters stay as in the profile, with the settings the scenario changes, except the defrost timestamp, energy
 * inputs and backup-heater heat of current firmware and the copies of counters and the switch-off file a real
 * controller refreshes at every poll ({@link ParameterCopies}); visibilities never change.
 */
public final class HeatPumpModel {

    private final Profile profile;
    private final Scenario scenario;
    private final Instant start;
    private final Plant plant;
    private final Readout readout;
    private final Incidents incidents;

    /** The {@link Scenario#NORMAL} heat pump. */
    public HeatPumpModel(Profile profile, long seed, Instant start) {
        this(profile, seed, start, Scenario.NORMAL);
    }

    public HeatPumpModel(Profile profile, long seed, Instant start, Scenario scenario) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.start = Objects.requireNonNull(start, "start");
        Snapshot base = profile.snapshot();
        this.plant = new Plant(base, profile.airSource(), seed, start.getEpochSecond(), scenario.installation());
        this.readout = new Readout(base, seed);
        this.incidents = new Incidents(base, plant);
    }

    /** The raw values the controller would send at this instant. */
    public synchronized Snapshot snapshotAt(Instant time) {
        advance(time);
        Snapshot s = readout.render(plant, time);
        incidents.show(s);
        return s;
    }

    /**
     * An error with this code (700-807 on real controllers) at this instant: newest in the error file C95-C104,
     * C105 counting up to 5, a switch-off with code 1 one second before, status line 1 "errorcode slot 0" until the
     * next incident.
     */
    public synchronized void error(Instant time, int code) {
        advance(time);
        incidents.error(code, time.getEpochSecond());
    }

    /** A switch-off with this code at this instant, in the ring C106-C115 and its copy P716-P725, P31 moving on. */
    public synchronized void switchOff(Instant time, int code) {
        advance(time);
        incidents.switchOff(code, time.getEpochSecond());
    }

    /** Sets parameter {@code index} to {@code raw} for good, as an installer would at the controller. */
    public synchronized void parameter(int index, int raw) {
        incidents.parameter(index, raw);
    }

    /**
     * A defrost from the first step after this instant (once the utility allows running), the compressor started if
     * idle and stopped after it again; P1119 shows its end.
     *
     * @throws IllegalStateException when the profile is not an air/water unit
     */
    public synchronized void defrost(Instant time) {
        advance(time);
        incidents.defrost();
    }

    /**
     * The controller loses power at {@code time} and is back at {@code back}: standstill C73 counts from there and
     * status line 3 shows "grid switch on delay" (C119 = 2) for two minutes, holding the compressor off.
     */
    public synchronized void restart(Instant time, Instant back) {
        advance(time);
        incidents.restart(back.getEpochSecond());
    }

    /** Reports this firmware version (C81-C90, at most ten ASCII characters) from now on. */
    public synchronized void firmware(String version) {
        incidents.firmware(version);
    }

    private void advance(Instant time) {
        long target = time.getEpochSecond();
        while (plant.time + Plant.STEP <= target) {
            plant.step();
        }
    }

    public Profile profile() {
        return profile;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Instant start() {
        return start;
    }
}
