package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server from Debian's {@code postgresql} package, in a temporary folder, listening on
 * 127.0.0.1 on a free port, with one database and one user (with a password) for the test. Started by
 * {@link #launch()}, stopped and deleted by {@link #close()}; {@link #stop()} and {@link #start()} in between
 * play an outage of the database.
 *
 * <p>initdb refuses to run as root, so as root the server's own programs run as the {@code postgres} user (via
 * runuser) and the folder belongs to it. Without the package a developer's test is skipped, saying so; with
 * {@code CI} set (environment or system property) it fails, so that CI never passes without PostgreSQL.
 */
public final class Postgres implements AutoCloseable {

    public static final String DATABASE = "luxlogger";
    public static final String USER = "lux";
    public static final String PASSWORD = "lux-test-password";

    private static final String OS_USER = "postgres";
    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dir;
    private final int port;
    private final Thread reaper;

    private Postgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        // a test run that is killed still stops its server, so that no postgres outlives the build
        this.reaper = new Thread(this::stopQuietly, "postgres-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Creates a cluster in a new temporary folder, starts it and creates the test's database. */
    public static Postgres launch() {
        Path bin = installedBin().orElse(null);
        if (bin == null) {
            String message = "PostgreSQL is not installed (no " + INSTALLATIONS
                    + "/*/bin/initdb): apt-get install postgresql. Skipping the PostgreSQL test.";
            if (inCi()) {
                throw new IllegalStateException(message.replace("Skipping", "CI is set: not skipping"));
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        Path dir = createFolder();
        var server = new Postgres(bin, dir, freePort());
        try {
            server.initdb();
            server.start();
            server.run(
                    bin.resolve("createdb").toString(),
                    // over the socket (trusted): over TCP it would ask for the password on a terminal
                    "-w",
                    "-h",
                    dir.toString(),
                    "-p",
                    String.valueOf(server.port),
                    "-U",
                    USER,
                    "-O",
                    USER,
                    DATABASE);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/luxlogger}, as DATABASE_URL takes it. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The variables that make a server store its polls here, as a user sets them. */
    public Map<String, String> serverEnvironment() {
        return Map.of("DATABASE_URL", jdbcUrl(), "DATABASE_USER", USER, "DATABASE_PASSWORD", PASSWORD);
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    /** Starts the (stopped) server again on the same port and data; returns once it accepts connections. */
    public void start() {
        run(
                pgCtl(),
                "-D",
                data().toString(),
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
                "-l",
                dir.resolve("postgres.log").toString(),
                "-w",
                "-t",
                "60",
                "start");
    }

    /** Stops the server as an outage would: connections are cut, new ones refused until {@link #start()}. */
    public void stop() {
        run(pgCtl(), "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // already in the hook
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopQuietly() {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            try {
                stop();
            } catch (IllegalStateException e) {
                System.err.println("WARNING: " + e.getMessage());
            }
        }
    }

    private void initdb() {
        Path passwordFile = dir.resolve("password");
        try {
            Files.writeString(passwordFile, PASSWORD + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chownToServer(passwordFile);
        // trust over the socket (createdb, the tool's own use), a real password check over TCP as the logger has it
        run(
                bin.resolve("initdb").toString(),
                "-D",
                data().toString(),
                "-U",
                USER,
                "--pwfile=" + passwordFile,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--no-instructions");
    }

    private Path data() {
        return dir.resolve("data");
    }

    private String pgCtl() {
        return bin.resolve("pg_ctl").toString();
    }

    /** Runs one of the server's programs, as the postgres user when we are root; fails with its output. */
    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        line.addAll(List.of(command));
        Path output = dir.resolve("tool.log");
        try {
            Process process = new ProcessBuilder(line)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()))
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", line) + " did not finish in 90 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(output).strip() + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", line), e);
        }
    }

    private String serverLog() throws IOException {
        Path log = dir.resolve("postgres.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log).strip() : "";
    }

    /** The newest installed version's programs, e.g. /usr/lib/postgresql/15/bin. */
    private static Optional<Path> installedBin() {
        if (!Files.isDirectory(INSTALLATIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(
                            bin -> bin.getParent().getFileName().toString(),
                            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder the postgres user owns; reachable by it, since /tmp is open to all and the folder is 0755. */
    private static Path createFolder() {
        try {
            Path dir = Files.createTempDirectory("lux-postgres-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            chownToServer(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chownToServer(Path path) {
        if (!isRoot()) {
            return;
        }
        try {
            Process process = new ProcessBuilder("chown", OS_USER + ":" + OS_USER, path.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("chown " + path + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static boolean inCi() {
        String property = System.getProperty("CI");
        String variable = System.getenv("CI");
        return (property != null && !property.isBlank() && !property.equals("false"))
                || (variable != null && !variable.isBlank() && !variable.equals("false"));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
