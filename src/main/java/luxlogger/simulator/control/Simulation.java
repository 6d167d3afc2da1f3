package luxlogger.simulator.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.simulator.entity.SimulatorFault;

/**
 * How the logger's simulated heat pumps behave, by controller name: {@code SIMULATOR_PROFILE} is either one
 * profile for all of them or {@code name=profile,...} (unlisted names take {@code current}),
 * {@code SIMULATOR_FAULT} gives named ones a fault on every connection, {@code SIMULATOR_SPEED} is the speed of
 * all. It lives in control, not entity, because it holds {@link Profile}s, which load their dumps.
 *
 * @param profile the profile of every controller that {@code profiles} does not name
 * @param profiles the profile of each controller named in the list form
 * @param faults the fault of each controller named in {@code SIMULATOR_FAULT}
 * @param speed model seconds per wall-clock second
 */
public record Simulation(
        Profile profile, Map<String, Profile> profiles, Map<String, SimulatorFault> faults, double speed) {

    public Simulation {
        profiles = Map.copyOf(profiles);
        faults = Map.copyOf(faults);
    }

    /** The profile this controller's simulator plays. */
    public Profile profile(String controller) {
        return profiles.getOrDefault(controller, profile);
    }

    /** The fault on every connection to this controller's simulator; {@link SimulatorFault#NONE} for most. */
    public SimulatorFault fault(String controller) {
        return faults.getOrDefault(controller, SimulatorFault.NONE);
    }

    /**
     * Reads {@code simulator.profile}, {@code simulator.fault} and {@code simulator.speed}.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming the variable and each bad entry
     */
    public static Simulation from(SettingsReader reader) {
        String profileText = reader.text("simulator.profile");
        String profiles =
                Arrays.stream(Profile.values()).map(Profile::key).toList().toString();
        Profile profile = Profile.CURRENT;
        Map<String, Profile> named = Map.of();
        if (profileText.contains("=")) {
            named = new NamedEntries(reader, "simulator.profile", "name=profile", "cellar=bouni_v3.78,annex=current")
                    .read(Profile::of, "one of " + profiles);
        } else {
            profile = reader.value(
                    "simulator.profile",
                    Profile::of,
                    "one of " + profiles + ", or name=profile entries separated by commas",
                    Profile.CURRENT);
        }
        Map<String, SimulatorFault> faults = new NamedEntries(reader, "simulator.fault", "name=fault", "annex=hang")
                .read(Simulation::faultNamed, "one of " + faultNames());
        double speed =
                reader.decimal("simulator.speed", 0.001, 100_000, "a factor from 0.001 to 100000 (1 = real time)");
        return reader.valid(new Simulation(profile, named, faults, speed));
    }

    private static SimulatorFault faultNamed(String name) {
        return SimulatorFault.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String faultNames() {
        return Arrays.stream(SimulatorFault.values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .toList()
                .toString();
    }
}
