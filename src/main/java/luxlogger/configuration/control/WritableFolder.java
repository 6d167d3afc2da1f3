package luxlogger.configuration.control;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The check a component makes as it starts, not while settings are parsed: its folder exists (it is created
 * if need be) and takes a file, so that a bad mount shows at start and not at the first report at 07:00.
 */
public final class WritableFolder {

    private WritableFolder() {}

    /**
     * Creates the folder if needed and proves it writable with a probe file that is deleted again.
     *
     * @param variable what the user set, e.g. {@code OUTPUT_DIRS}
     * @param value the value given, for the problem line
     * @throws InvalidSettingsException one line naming the variable, the value and why the folder is unusable
     */
    public static void prepare(String variable, String value, Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new InvalidSettingsException(List.of(variable + "='" + value
                    + "' is invalid: expected a folder the logger can write to (" + folder + ": " + reason(e) + ")"));
        }
    }

    /**
     * As {@link #prepare}, for the folder of a file; a folder where the file should be is a problem too.
     *
     * @param expected what the file is, e.g. {@code the path of the SQLite database file}
     */
    public static void prepareFor(String variable, Path file, String expected) {
        if (Files.isDirectory(file)) {
            throw new InvalidSettingsException(
                    List.of(variable + "='" + file + "' is invalid: expected " + expected + ", not a folder"));
        }
        prepare(variable, file.toString(), file.toAbsolutePath().getParent());
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return e instanceof AccessDeniedException
                ? "permission denied"
                : e instanceof FileAlreadyExistsException
                        ? "a file is in the way"
                        : message == null ? e.getClass().getSimpleName() : message;
    }
}
