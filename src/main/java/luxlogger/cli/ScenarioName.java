package luxlogger.cli;

import java.util.Arrays;
import java.util.Iterator;
import luxlogger.simulator.control.Scenario;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Scenario names as the simulator knows them, with the known ones in the message when a name is not. */
final class ScenarioName implements ITypeConverter<Scenario> {

    @Override
    public Scenario convert(String value) {
        try {
            return Scenario.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** The known names, for the help. */
    static final class Known implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Scenario.values()).map(Scenario::key).iterator();
        }
    }
}
