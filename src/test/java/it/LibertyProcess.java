package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A second Liberty server with its own environment, for what the build's server cannot show: a bad
 * configuration, a restart, a {@code kill -9}. It is a copy of the server the build created.
 */
public final class LibertyProcess implements AutoCloseable {

    private static final Path WLP = Path.of(System.getProperty("it.liberty.dir", "target/liberty/wlp"));
    private static final String TEMPLATE = System.getProperty("it.server.name", "luxIT");

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
            for (String file : new String[] {"server.xml", "jvm.options", "server.env", "https-on.xml"}) {
                if (Files.exists(template.resolve(file))) {
                    Files.copy(template.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            copyTree(template.resolve("apps"), dir.resolve("apps"));
            copyTree(template.resolve("lib"), dir.resolve("lib"));
            Files.writeString(dir.resolve("bootstrap.properties"),
                    "http.port=" + port + "\nhttps.port=" + httpsPort + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the server's database and reports, for a test that needs an empty start. */
    public LibertyProcess withoutData() {
        Path data = dir.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
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
            builder.environment().putAll(env);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitLog(line -> line.contains("CWWKF0011I"), Duration.ofSeconds(120));
        return this;
    }

    /** Waits for a line of messages.log; fails with the log's tail when it does not come. */
    public String awaitLog(Predicate<String> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(messages())) {
                try (Stream<String> lines = Files.lines(messages())) {
                    var match = lines.filter(wanted).findFirst();
                    if (match.isPresent()) {
                        return match.get();
                    }
                } catch (IOException | UncheckedIOException e) {
                    // the server is still writing; look again
                }
            }
            if (process != null && !process.isAlive()) {
                throw new AssertionError("server " + name + " ended: " + tail());
            }
            sleep(200);
        }
        throw new AssertionError("not found in " + messages() + " within " + timeout + ": " + tail());
    }

    public HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9}: no shutdown hook, no flush, like a power cut of the JVM. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM, as an orchestrator stops a container. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private String tail() {
        try {
            var lines = Files.exists(messages()) ? Files.readAllLines(messages()) : Files.readAllLines(dir.resolve("console.out"));
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
