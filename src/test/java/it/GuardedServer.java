package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The server the tests of a guarded API share: the environment of the {@link SharedServer} plus API_TOKEN, and
 * HTTPS as a user sets it up, with a keystore made by keytool and given by KEYSTORE_PATH and KEYSTORE_PASSWORD.
 * Started once per test run, when the first test asks for it; stopped when the run ends. A server of its own,
 * because the shared server stays as a user starts it first: no token, no HTTPS.
 */
public final class GuardedServer {

    /** The API_TOKEN of the server. */
    public static final String TOKEN = "guarded-Token-7";

    private static final String PASSWORD = "keystore-Pass-1";

    private static LibertyProcess server;
    private static Path certificate;

    private GuardedServer() {}

    public static LibertyProcess process() {
        return start();
    }

    /** The certificate of the server's keystore (PEM), for a client that trusts exactly that certificate. */
    public static Path certificate() {
        start();
        return certificate;
    }

    private static synchronized LibertyProcess start() {
        if (server == null) {
            Path folder = createTempDirectory();
            Path keystore = folder.resolve("lux-logger.p12");
            keytool(
                    "-genkeypair",
                    "-alias",
                    "lux-logger",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-validity",
                    "2",
                    "-dname",
                    "CN=127.0.0.1",
                    "-ext",
                    "SAN=ip:127.0.0.1",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    PASSWORD);
            certificate = folder.resolve("lux-logger.pem");
            keytool(
                    "-exportcert",
                    "-rfc",
                    "-alias",
                    "lux-logger",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    PASSWORD,
                    "-file",
                    certificate.toString());

            var env = new HashMap<>(SharedServer.ENV);
            env.put("API_TOKEN", TOKEN);
            env.put("KEYSTORE_PATH", keystore.toString());
            env.put("KEYSTORE_PASSWORD", PASSWORD);
            server = new LibertyProcess("luxGuarded", env).withoutData().start();
            LibertyProcess started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                delete(folder);
            }));
        }
        return server;
    }

    private static void keytool(String... arguments) {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as(String.join(" ", command) + ": " + output)
                    .isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("lux-guarded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: what is left, the system cleans up
        }
    }
}
