package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A Liberty server process of a test's own: a copy of the server the build laid out, with its own environment,
 * port and data, that the test starts, stops (SIGTERM) or kills ({@code kill -9}); for what a shared server
 * cannot show: a bad configuration, a restart, a locked database, a full disk. The {@link SharedServer} is one
 * too, started once for all API tests. Its HTTP side is {@link #api()}, its database file {@link #database()}.
 */
public final class LibertyProcess implements AutoCloseable {

    private static final Path WLP = Path.of(System.getProperty("it.liberty.dir", "target/liberty/wlp"));
    private static final String TEMPLATE = System.getProperty("it.server.name", "luxIT");
    /**
     * The workarea of the server a test last stopped cleanly: Liberty's caches of resolved features, installed
     * bundles and the application's annotations. A new server starts from a copy, about 3 s sooner than from
     * nothing (of some 10 s on 2 cores). Liberty reads its own configuration and environment at every start all
     * the same: a copy made under another server's name and settings changes nothing but the time.
     */
    private static volatile Path warmWorkarea;

    private final String name;
    private final Path dir;
    private final int port;
    private final int httpsPort = freePort();
    private final Map<String, String> env;
    private Process process;

    /** Creates (or refreshes) server {@code name} from the build's server on a free port; keeps its data folder. */
    public LibertyProcess(String name, Map<String, String> env) {
        this(name, freePort(), env);
    }

    public LibertyProcess(String name, int port, Map<String, String> env) {
        this.name = name;
        this.dir = WLP.resolve("usr/servers").resolve(name);
        this.port = port;
        this.env = env;
        Path template = WLP.resolve("usr/servers").resolve(TEMPLATE);
        try {
            Files.createDirectories(dir);
            for (String file : new String[] {
                "server.xml",
                "jvm.options",
                "server.env",
                "https-on.xml",
                "database-sqlite.xml",
                "database-postgresql.xml"
            }) {
                if (Files.exists(template.resolve(file))) {
                    Files.copy(template.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path warm = warmWorkarea;
            if (warm != null && !Files.exists(dir.resolve("workarea"))) {
                copyTree(warm, dir.resolve("workarea"));
                // the lock and the command key of the other server's run; Liberty makes its own
                try (Stream<Path> marks = Files.list(dir.resolve("workarea"))) {
                    for (Path mark : (Iterable<Path>) marks::iterator) {
                        if (mark.getFileName().toString().startsWith(".s")) {
                            Files.delete(mark);
                        }
                    }
                }
            }
            copyTree(template.resolve("apps"), dir.resolve("apps"));
            copyTree(template.resolve("lib"), dir.resolve("lib"));
            Files.writeString(
                    dir.resolve("bootstrap.properties"), "http.port=" + port + "\nhttps.port=" + httpsPort + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the server's database and reports, for a test that needs an empty start. */
    public LibertyProcess withoutData() {
        Path data = dir.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    public Path dir() {
        return dir;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/" + path);
    }

    /** The address on the HTTPS port, which answers only when the server was given a keystore. */
    public URI httpsUri(String path) {
        return URI.create("https://127.0.0.1:" + httpsPort + "/" + path);
    }

    public Path messages() {
        return dir.resolve("logs/messages.log");
    }

    /** Starts the server in the foreground of a child process and waits until Liberty says it is ready. */
    public LibertyProcess start() {
        try {
            Files.deleteIfExists(messages());
            var builder = new ProcessBuilder(WLP.resolve("bin/server").toString(), "run", name)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("console.out").toFile());
            // coverage of the server's code, collected when the server stops (not after kill -9)
            String agent = System.getProperty("it.jacoco.agent", "");
            if (agent.startsWith("-javaagent")) {
                builder.environment().put("JVM_ARGS", agent);
            }
            // as the container image runs it (Dockerfile): without Liberty's bootstrap agent
            builder.environment().put("WLP_SKIP_BOOTSTRAP_AGENT", "true");
            builder.environment().putAll(env);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitLog(line -> line.contains("CWWKF0011I"), Duration.ofSeconds(120));
        return this;
    }

    /** Waits for a line of messages.log; fails with the log's tail when it does not come or the server ends. */
    public String awaitLog(Predicate<String> wanted, Duration timeout) {
        return Await.value(
                "a line in " + messages(),
                timeout,
                () -> {
                    if (process != null && !process.isAlive()) {
                        throw new AssertionError("server " + name + " ended: " + tail());
                    }
                    return log().stream().filter(wanted).findFirst().orElse(null);
                },
                () -> ":\n" + tail());
    }

    /** Waits up to a minute for a line of messages.log that contains the text. */
    public String awaitLog(String text) {
        return awaitLog(line -> line.contains(text), Duration.ofSeconds(60));
    }

    /** The lines of messages.log so far; none before the server wrote it. */
    public List<String> log() {
        if (!Files.exists(messages())) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(messages())) {
            return lines.toList();
        } catch (IOException | UncheckedIOException e) {
            // a line cut in the middle of being written: an await asks again
            throw new IllegalStateException("cannot read " + messages() + " yet: " + e.getMessage(), e);
        }
    }

    /**
     * The lines of messages.log logged at level ERROR ({@code E}), such as a request that failed unexpectedly or a
     * connection Liberty could not hand back; an invalid setting is one too.
     */
    public List<String> errors() {
        return log().stream()
                .filter(line -> line.matches("^\\[[^]]+] \\p{XDigit}+ \\S+ +E .*"))
                .toList();
    }

    /** This server's HTTP API. */
    public Api api() {
        return new Api(uri(""));
    }

    /**
     * This server's database: the PostgreSQL database of DATABASE_URL, or else the SQLite file of CACHE_PATH or
     * where the server keeps it by default; with the spill file of SPILL_PATH or next to that file.
     */
    public Database database() {
        Path file = env.containsKey("CACHE_PATH") ? Path.of(env.get("CACHE_PATH")) : dir.resolve("data/luxlogger.db");
        Path spill = env.containsKey("SPILL_PATH") ? Path.of(env.get("SPILL_PATH")) : Path.of(file + ".spill");
        return env.containsKey("DATABASE_URL")
                ? Database.postgresql(
                        env.get("DATABASE_URL"), env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"), spill)
                : new Database(file, spill);
    }

    public HttpResponse<String> get(String path) {
        return api().get(path);
    }

    /** {@code kill -9}: no shutdown hook, no flush, like a power cut of the JVM. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM, as an orchestrator stops a container. */
    public void stop() {
        process.destroy();
        if (waitFor()) {
            warmWorkarea = dir.resolve("workarea");
        }
    }

    /** Waits for the end of the process, killing it after a minute; whether it ended by itself. */
    private boolean waitFor() {
        try {
            if (process.waitFor(60, TimeUnit.SECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private String tail() {
        try {
            var lines = Files.exists(messages())
                    ? Files.readAllLines(messages())
                    : Files.readAllLines(dir.resolve("console.out"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
