package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Prometheus' own checker, {@code promtool} from Debian's package {@code prometheus}: it parses a scrape as
 * Prometheus does and lints names, and checks a configuration as the server would load it. Without it the test is
 * skipped, saying so; with {@code CI} set it fails instead (.ci/run installs the package).
 */
public final class Promtool {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    /** What promtool printed and how it ended. */
    public record Result(int exit, String output) {

        /** The output's lines, for assertions on each. */
        public List<String> lines() {
            return output.lines().toList();
        }
    }

    private Promtool() {}

    /** {@code promtool check metrics} on a scrape in the text format (the exposition on its standard input). */
    public static Result checkMetrics(String exposition) {
        return run(exposition, PROMTOOL.toString(), "check", "metrics");
    }

    /** {@code promtool check config} on a Prometheus configuration file. */
    public static Result checkConfig(Path file) {
        return run("", PROMTOOL.toString(), "check", "config", file.toString());
    }

    private static Result run(String input, String... command) {
        available();
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("promtool did not end within 60 s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void available() {
        if (!Files.isExecutable(PROMTOOL)) {
            String message = "promtool is not installed: apt-get install prometheus. Skipping the Prometheus check.";
            if (inCi()) {
                throw new IllegalStateException(message.replace("Skipping", "CI is set: not skipping"));
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
    }

    private static boolean inCi() {
        String property = System.getProperty("CI");
        String variable = System.getenv("CI");
        return (property != null && !property.isBlank() && !property.equals("false"))
                || (variable != null && !variable.isBlank() && !variable.equals("false"));
    }
}
