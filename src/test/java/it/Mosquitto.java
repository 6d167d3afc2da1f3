package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real MQTT broker, Debian's mosquitto (2.0), on 127.0.0.1 on a free port: started by {@link #launch()}, stopped
 * and started again on the same port by {@link #stop()} and {@link #start()} (an outage of the broker; it keeps no
 * retained messages over a restart, as mosquitto without persistence), ended by {@link #close()}. Without mosquitto
 * a developer's test is skipped, saying so; with {@code CI} set (environment or system property) it fails instead
 * (.ci/run installs mosquitto and mosquitto-clients).
 */
public final class Mosquitto implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Path dir;
    private final int port;
    private final Thread reaper;
    private Process process;

    private Mosquitto(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        // a test run that is killed still stops its broker
        this.reaper = new Thread(this::halt, "mosquitto-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** A broker that lets anyone in, listening on 127.0.0.1 only. */
    public static Mosquitto launch() {
        return launch(null, null);
    }

    /** A broker that lets in only this user with this password (mosquitto_passwd). */
    public static Mosquitto launch(String user, String password) {
        if (!Files.isExecutable(BINARY)) {
            String message = "mosquitto is not installed (no " + BINARY
                    + "): apt-get install mosquitto mosquitto-clients. Skipping the MQTT test.";
            if (Postgres.inCi()) {
                throw new IllegalStateException(message.replace("Skipping", "CI is set: not skipping"));
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        try {
            Path dir = Files.createTempDirectory("mosquitto");
            var broker = new Mosquitto(dir, freePort());
            List<String> config = new ArrayList<>(List.of("listener " + broker.port + " 127.0.0.1"));
            if (user == null) {
                config.add("allow_anonymous true");
            } else {
                Path passwords = dir.resolve("passwords");
                run("mosquitto_passwd", "-c", "-b", passwords.toString(), user, password);
                config.add("allow_anonymous false");
                config.add("password_file " + passwords);
            }
            Files.write(dir.resolve("mosquitto.conf"), config);
            // as root mosquitto runs as its own user, which must read the files
            dir.toFile().setReadable(true, false);
            dir.toFile().setExecutable(true, false);
            for (Path file : List.of(dir.resolve("mosquitto.conf"), dir.resolve("passwords"))) {
                file.toFile().setReadable(true, false);
            }
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code tcp://127.0.0.1:PORT}, as MQTT_URL takes it. */
    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the (stopped) broker again on the same port; returns once it accepts connections. */
    public void start() {
        try {
            process = new ProcessBuilder(
                            BINARY.toString(),
                            "-c",
                            dir.resolve("mosquitto.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("mosquitto.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Await.until("mosquitto listening on " + port, WAIT, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("mosquitto on " + port + " ended at its start: " + log());
            }
            return accepts();
        });
    }

    /** Stops the broker (SIGTERM), as an outage; returns once the port is closed. */
    public void stop() {
        halt();
        Await.until("mosquitto stopped on " + port, WAIT, () -> !accepts());
    }

    /** What the broker logged: its clients' connects and disconnects, among others. */
    public String log() {
        try {
            return Files.readString(dir.resolve("mosquitto.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private boolean accepts() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void halt() {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroy();
            try {
                if (!current.waitFor(10, TimeUnit.SECONDS)) {
                    current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        halt();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the hook runs anyway
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind
        }
    }

    private static void run(String... command) throws IOException {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * A free port below Linux's ephemeral range (32768-60999): the broker is started again on its port after an
     * outage, and in between any client socket of the machine, also a reconnect attempt to the broker itself, may
     * take a port of that range as its own; the restarted broker then cannot listen on it (seen once in a full build:
     * nothing reached the broker for a minute after its restart).
     */
    private static int freePort() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = random.nextInt(20_000, 32_000);
            try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                // taken: another
            }
        }
        throw new IllegalStateException("no free port from 20000 to 31999 on 127.0.0.1");
    }
}
