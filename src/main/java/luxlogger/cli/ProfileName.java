package luxlogger.cli;

import java.util.Arrays;
import java.util.Iterator;
import luxlogger.simulator.control.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Profile names as the simulator knows them, with the known ones in the message when a name is not. */
final class ProfileName implements ITypeConverter<Profile> {

    @Override
    public Profile convert(String value) {
        try {
            return Profile.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** The known names, for the help. */
    static final class Known implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Profile.values()).map(Profile::key).iterator();
        }
    }
}
