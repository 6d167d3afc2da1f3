package luxlogger.cli;

import java.util.Arrays;
import java.util.Locale;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.simulator.control.FaultPolicy;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.SimulatedHeatPumps;
import luxlogger.simulator.control.SimulatorOptions;
import luxlogger.simulator.entity.SimulatorFault;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --heat-pump NAME=PROFILE[:FAULT]} of {@code simulate}: a simulated heat pump among several.
 *
 * @param fault null when the option names none (then --fault and --fault-rate apply)
 */
record HeatPumpOption(String name, Profile profile, SimulatorFault fault) {

    /** Its simulator: {@code common} with its profile, this port, a seed from its name and its own fault. */
    SimulatorOptions options(SimulatorOptions common, int port, long seed, FaultPolicy otherwise) {
        return common.withProfile(profile)
                .withPort(port)
                // --seed 1, the default, leaves the heat pump the seed the server gives its name
                .withSeed(SimulatedHeatPumps.seed(name) ^ (seed - 1))
                .withFaults(fault == null ? otherwise : FaultPolicy.always(fault));
    }

    static final class Parser implements ITypeConverter<HeatPumpOption> {
        @Override
        public HeatPumpOption convert(String value) {
            int equals = value.indexOf('=');
            if (equals < 0) {
                throw new TypeConversionException("'" + value + "' is not NAME=PROFILE[:FAULT]");
            }
            String name = value.substring(0, equals);
            if (!NamedController.NAME.matcher(name).matches()) {
                throw new TypeConversionException(
                        "'" + name + "' in '" + value + "' is no controller name (" + NamedController.NAME + ")");
            }
            String rest = value.substring(equals + 1);
            int colon = rest.indexOf(':');
            try {
                Profile profile = Profile.of(colon < 0 ? rest : rest.substring(0, colon));
                return new HeatPumpOption(name, profile, colon < 0 ? null : fault(rest.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage() + " in '" + value + "'");
            }
        }

        private static SimulatorFault fault(String text) {
            try {
                return SimulatorFault.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown fault '" + text + "', known: "
                        + Arrays.stream(SimulatorFault.values())
                                .map(f -> f.name().toLowerCase(Locale.ROOT))
                                .toList());
            }
        }
    }
}
