package luxlogger.simulator.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.simulator.entity.SimulatorFault;

/**
 * How the logger's simulated heat pumps behave, by controller name: {@code SIMULATOR_PROFILE} is either one
 * profile for all of them or {@code name=profile,...} (unlisted names take {@code current}),
 * {@code SIMULATOR_SCENARIO} likewise a {@link Scenario} (unlisted names: {@code normal}),
 * {@code SIMULATOR_FAULT} gives named ones a fault on every connection, {@code SIMULATOR_SPEED} is the speed of
 * all. It lives in control, not entity, because it holds {@link Profile}s, which load their dumps.
 *
 * @param profile the profile of every controller that {@code profiles} does not name
 * @param profiles the profile of each controller named in the list form
 * @param faults the fault of each controller named in {@code SIMULATOR_FAULT}
 * @param speed model seconds per wall-clock second
 * @param scenario the scenario of every controller that {@code scenarios} does not name
 * @param scenarios the scenario of each controller named in the list form
 */
public record Simulation(
        Profile profile,
        Map<String, Profile> profiles,
        Map<String, SimulatorFault> faults,
        double speed,
        Scenario scenario,
        Map<String, Scenario> scenarios) {

    public Simulation {
        profiles = Map.copyOf(profiles);
        faults = Map.copyOf(faults);
        scenarios = Map.copyOf(scenarios);
    }

    /** Every controller in the {@link Scenario#NORMAL} scenario. */
    public Simulation(
            Profile profile, Map<String, Profile> profiles, Map<String, SimulatorFault> faults, double speed) {
        this(profile, profiles, faults, speed, Scenario.NORMAL, Map.of());
    }

    /** The profile this controller's simulator plays. */
    public Profile profile(String controller) {
        return profiles.getOrDefault(controller, profile);
    }

    /** The scenario this controller's simulator plays. */
    public Scenario scenario(String controller) {
        return scenarios.getOrDefault(controller, scenario);
    }

    /** The fault on every connection to this controller's simulator; {@link SimulatorFault#NONE} for most. */
    public SimulatorFault fault(String controller) {
        return faults.getOrDefault(controller, SimulatorFault.NONE);
    }

    /**
     * Reads {@code simulator.profile}, {@code simulator.scenario}, {@code simulator.fault} and {@code simulator.speed}.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming the variable and each bad entry
     */
    public static Simulation from(SettingsReader reader) {
        var profiles = new PerController<>(
                        "profile",
                        Arrays.stream(Profile.values()).map(Profile::key).toList(),
                        "cellar=bouni_v3.78,annex=current",
                        Profile::of,
                        Profile.CURRENT)
                .read(reader);
        var scenarios = new PerController<>(
                        "scenario",
                        Arrays.stream(Scenario.values()).map(Scenario::key).toList(),
                        "cellar=healthy,annex=short-cycling",
                        Scenario::of,
                        Scenario.NORMAL)
                .read(reader);
        Map<String, SimulatorFault> faults = new NamedEntries(reader, "simulator.fault", "name=fault", "annex=hang")
                .read(Simulation::faultNamed, "one of " + faultNames());
        double speed =
                reader.decimal("simulator.speed", 0.001, 100_000, "a factor from 0.001 to 100000 (1 = real time)");
        return reader.valid(
                new Simulation(profiles.all(), profiles.named(), faults, speed, scenarios.all(), scenarios.named()));
    }

    /**
     * A setting {@code simulator.<what>} that is one value for every simulated controller or {@code name=value}
     * entries, one per controller, for which the others take {@code fallback}.
     */
    private record PerController<T>(
            String what, List<String> keys, String example, Function<String, T> parse, T fallback) {

        Choice<T> read(SettingsReader reader) {
            String property = "simulator." + what;
            if (reader.text(property).contains("=")) {
                return new Choice<>(
                        fallback,
                        new NamedEntries(reader, property, "name=" + what, example).read(parse, "one of " + keys));
            }
            String expected = "one of " + keys + ", or name=" + what + " entries separated by commas";
            return new Choice<>(reader.value(property, parse, expected, fallback), Map.of());
        }
    }

    /** The value of every controller that {@code named} does not list. */
    private record Choice<T>(T all, Map<String, T> named) {}

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
