package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party client (npm luxtronik2 2.4.0, by the author of the recorded V1.80 dump) reads the simulator.
 * Tests never install from the registry: {@code .ci/run} installs the client beforehand with
 * {@code npm install --prefix "$HOME/.cache/lux-logger/npm" luxtronik2@2.4.0}; the environment variable
 * {@value #PREFIX_VARIABLE} names another prefix. Without the client the test is skipped, saying how to install it.
 */
class LuxtronikNpmClientTest {

    private static final String PACKAGE = "luxtronik2@2.4.0";
    private static final String PREFIX_VARIABLE = "LUX_LOGGER_NPM";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path logs;

    @Test
    void npmClientDecodesTheTemperaturesTheRawValuesSay() throws Exception {
        assumeTrue(available("node"), "node is not installed: the npm luxtronik2 client cannot be tried");
        Path modules = installed();
        Path script = Path.of(
                getClass().getResource("/luxtronik/npm/read-luxtronik2.js").toURI());
        var options = SimulatorOptions.of(Profile.CURRENT).withFrozen(true);
        try (Simulator simulator = new Simulator(options)) {
            ProcessBuilder node = new ProcessBuilder("node", script.toString(), String.valueOf(simulator.port()));
            node.environment().put("NODE_PATH", modules.toString());
            String output = run(node, READ_TIMEOUT, logs.resolve("node-read.log"));
            System.out.println("npm luxtronik2 read: " + output.strip());
            int[] raw = simulator.snapshot().calculations();
            assertThat(number(output, "temperature_outside")).isEqualTo(raw[15] / 10.0);
            assertThat(number(output, "temperature_supply")).isEqualTo(raw[10] / 10.0);
            assertThat(number(output, "temperature_return")).isEqualTo(raw[11] / 10.0);
            assertThat(output).contains("\"firmware\":\"V3.92.1\"");
            assertThat(simulator.completeReads()).isEqualTo(1);
            assertThat(simulator.writeAttempts()).isZero();
        }
    }

    /** The node_modules folder holding luxtronik2 2.4.0; skips the test when it is not there. */
    private static Path installed() throws IOException {
        String configured = System.getenv(PREFIX_VARIABLE);
        Path prefix = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "lux-logger", "npm")
                : Path.of(configured);
        Path modules = prefix.resolve("node_modules");
        Path manifest = modules.resolve("luxtronik2").resolve("package.json");
        boolean present = Files.exists(manifest) && Files.readString(manifest).contains("\"version\": \"2.4.0\"");
        if (!present) {
            String reason = PACKAGE + " is not installed in " + prefix + " (" + PREFIX_VARIABLE + " names another "
                    + "prefix); install it as .ci/run does: npm install --prefix \"" + prefix + "\" " + PACKAGE;
            // said on the console too: a skipped assumption is otherwise visible only in the test report
            System.err.println("LuxtronikNpmClientTest skipped: " + reason);
            assumeTrue(false, reason);
        }
        return modules;
    }

    private static boolean available(String command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command, "--version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a process with its output in a file (no pipe to fill up), killed when it overruns its time. */
    private static String run(ProcessBuilder builder, Duration timeout, Path log)
            throws IOException, InterruptedException {
        Process process =
                builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished)
                .as("%s finished within %s; output:%n%s", builder.command(), timeout, output)
                .isTrue();
        assertThat(process.exitValue())
                .as("%s exit code; output:%n%s", builder.command(), output)
                .isZero();
        return output;
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.]+)").matcher(json);
        assertThat(m.find()).as("%s in %s", key, json).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
