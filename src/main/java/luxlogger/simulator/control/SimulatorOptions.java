package luxlogger.simulator.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import luxlogger.simulator.entity.SimulatorFault;

/**
 * How to run a {@link Simulator}; start from {@link #of(Profile)} and change what matters.
 *
 * @param port 0 for an ephemeral port
 * @param frozen serve the profile's values unchanged instead of running the model
 * @param speed model seconds per wall-clock second (1 = real time, 120 = two minutes per second)
 * @param start the model's clock at start-up; null for now
 * @param responseDelay wait before every answer, on every connection
 * @param slowDelay wait before every answer on connections with {@link SimulatorFault#SLOW}
 * @param scenario what the live model's installation is like; {@link Scenario#NORMAL} unless a test asks otherwise
 */
public record SimulatorOptions(
        Profile profile,
        int port,
        boolean frozen,
        double speed,
        long seed,
        Instant start,
        FaultPolicy faults,
        Duration responseDelay,
        Duration slowDelay,
        Scenario scenario) {

    public SimulatorOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(responseDelay, "responseDelay");
        Objects.requireNonNull(slowDelay, "slowDelay");
        Objects.requireNonNull(scenario, "scenario");
        if (speed <= 0) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
    }

    /** Live model at real time on an ephemeral port, seed 1, no faults, no delay, slow delay 30 s, normal scenario. */
    public static SimulatorOptions of(Profile profile) {
        return new SimulatorOptions(
                profile,
                0,
                false,
                1,
                1,
                null,
                FaultPolicy.none(),
                Duration.ZERO,
                Duration.ofSeconds(30),
                Scenario.NORMAL);
    }

    public SimulatorOptions withProfile(Profile profile) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }

    public SimulatorOptions withPort(int port) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }

    public SimulatorOptions withFrozen(boolean frozen) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }

    public SimulatorOptions withSpeed(double speed) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }

    public SimulatorOptions withSeed(long seed) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }

    public SimulatorOptions withStart(Instant start) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }

    public SimulatorOptions withFaults(FaultPolicy faults) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }

    public SimulatorOptions withResponseDelay(Duration responseDelay) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }

    public SimulatorOptions withSlowDelay(Duration slowDelay) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }

    public SimulatorOptions withScenario(Scenario scenario) {
        return new SimulatorOptions(
                profile, port, frozen, speed, seed, start, faults, responseDelay, slowDelay, scenario);
    }
}
