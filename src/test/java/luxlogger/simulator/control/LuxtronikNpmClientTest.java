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

/** A third-party client (npm luxtronik2 2.4.0, by the author of the recorded V1.80 dump) reads the simulator. */
class LuxtronikNpmClientTest {

    private static final String PACKAGE = "luxtronik2@2.4.0";
    private static final Path CACHE = Path.of("target", "npm-luxtronik2").toAbsolutePath();
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    @Test
    void npmClientDecodesTheTemperaturesTheRawValuesSay() throws Exception {
        assumeTrue(available("node") && available("npm"),
                "node and npm are not installed: the npm luxtronik2 client cannot be tried");
        Path modules = install();
        Path script = Path.of(getClass().getResource("/luxtronik/npm/read-luxtronik2.js").toURI());
        var options = Simulator.Options.of(Profile.CURRENT).withFrozen(true);
        try (Simulator simulator = new Simulator(options)) {
            ProcessBuilder node = new ProcessBuilder("node", script.toString(), String.valueOf(simulator.port()));
            node.environment().put("NODE_PATH", modules.toString());
            String output = run(node, READ_TIMEOUT, "node-read");
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

    /** Installs the client once into target/; later runs reuse it. */
    private static Path install() throws IOException, InterruptedException {
        Path modules = CACHE.resolve("node_modules");
        Path manifest = modules.resolve("luxtronik2").resolve("package.json");
        if (Files.exists(manifest) && Files.readString(manifest).contains("\"version\": \"2.4.0\"")) {
            return modules;
        }
        Files.createDirectories(CACHE);
        // A package.json of its own keeps npm from walking up to a project of the same name
        Files.writeString(CACHE.resolve("package.json"), "{\"private\": true}\n");
        ProcessBuilder npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save", PACKAGE)
                .directory(CACHE.toFile());
        run(npm, INSTALL_TIMEOUT, "npm-install");
        assertThat(manifest).exists();
        return modules;
    }

    private static boolean available(String command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
    private static String run(ProcessBuilder builder, Duration timeout, String name)
            throws IOException, InterruptedException {
        Files.createDirectories(CACHE);
        Path log = CACHE.resolve(name + ".log");
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("%s finished within %s; output:%n%s", builder.command(), timeout, output).isTrue();
        assertThat(process.exitValue()).as("%s exit code; output:%n%s", builder.command(), output).isZero();
        return output;
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.]+)").matcher(json);
        assertThat(m.find()).as("%s in %s", key, json).isTrue();
        return Double.parseDouble(m.group(1));
    }

}
