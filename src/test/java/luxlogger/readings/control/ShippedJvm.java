package luxlogger.readings.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JVM started with the options the server ships with (its jvm.options: heap, collector), for a measurement. */
public final class ShippedJvm {

    static final Path OPTIONS = Path.of("src/main/liberty/config/jvm.options");

    private ShippedJvm() {}

    /** The options of jvm.options, comments and blank lines left out. */
    public static List<String> options() throws IOException {
        return Files.readAllLines(OPTIONS).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /** The command that runs a main class of this class path in such a JVM. */
    static List<String> command(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }
}
