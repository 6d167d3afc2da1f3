package bench;

import it.LibertyProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real server (a copy of the build's Liberty server, see {@link LibertyProcess}) polling its built-in
 * simulator every second at 60 times real speed, so a minute of wall time is an hour of simulated operation.
 * It is started twice: cold (without Liberty's work area, as on a server's very first start) and warm (with
 * the work area of that start, as every container starts: the image carries a work area prepared at build time,
 * see the Dockerfile), each timed from launch to the first poll stored in SQLite. The warm one then runs on:
 * resident memory after the start, the commit latency from the server's own timer at half-time, a few
 * on-demand reports, and resident memory at the end.
 *
 * <p>Usage: {@code ServerBenchmark [seconds]} (default 120). Needs
 * {@code -Dit.liberty.dir=target/liberty/wlp -Dit.server.name=defaultServer}. {@code -Dbench.jvmArgs="…"}
 * passes JVM options to the server (after its jvm.options); {@code -Dbench.nmt=true} adds the JVM's native
 * memory summary to the log.
 */
public final class ServerBenchmark {

    private static final String NAME = "luxBench";
    private static final double FIRST_POLL_SECONDS = 12;
    private static final double MEDIAN_MS = 5;
    private static final double RSS_MB = 300;
    private static final int REPORT_REQUESTS = 3;
    private static final double MIB = 1 << 20;

    private ServerBenchmark() {}

    /** Seconds from launch to Liberty's ready message and to the first stored poll; its commit latency. */
    record Start(double ready, double firstPoll, double firstCommitMillis) {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        boolean nativeMemory = Boolean.getBoolean("bench.nmt");
        String jvmArgs =
                System.getProperty("bench.jvmArgs", "") + (nativeMemory ? " -XX:NativeMemoryTracking=summary" : "");
        Map<String, String> env =
                new HashMap<>(Map.of("HOST", "simulator", "INTERVAL_SEC", "1", "SIMULATOR_SPEED", "60"));
        if (!jvmArgs.isBlank()) {
            env.put("JVM_ARGS", jvmArgs.strip());
        }
        var server = new LibertyProcess(NAME, env);
        var polls = new StoredPolls(server.dir().resolve("data/luxlogger.db"));
        var http = ServerHttp.of(server);
        try (server) {
            deleteTree(server.dir().resolve("workarea"));
            Start cold = start(server.withoutData(), polls, http);
            server.stop();
            Start warm = start(server.withoutData(), polls, http);
            var jvm = LibertyJvm.of(NAME);
            long rssStart = jvm.rssBytes();
            long polling = System.nanoTime();

            sleepUntil(polling, seconds / 2.0);
            var early = http.metrics();
            double median = early.get("luxlogger_commit_latency_seconds", "quantile", "0.5") * 1e3;
            double p95 = early.get("luxlogger_commit_latency_seconds", "quantile", "0.95") * 1e3;
            double p99 = early.get("luxlogger_commit_latency_seconds", "quantile", "0.99") * 1e3;
            double slowest = early.get("luxlogger_commit_latency_seconds_max") * 1e3;
            double commits = early.get("luxlogger_commit_latency_seconds_count");

            double reportSeconds = 0;
            for (int i = 0; i < REPORT_REQUESTS; i++) {
                long start = System.nanoTime();
                var response = http.post("api/reports");
                reportSeconds = Math.max(reportSeconds, since(start));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "POST /api/reports: " + response.statusCode() + " " + response.body());
                }
            }
            sleepUntil(polling, seconds);
            String scrape = http.get("metrics").body();
            // kept for a look at every metric of the run
            Files.writeString(server.dir().resolve("metrics.txt"), scrape);
            var late = Prometheus.parse(scrape);
            long rssEnd = jvm.rssBytes();
            double stored = polls.count();
            System.err.printf(
                    Locale.ROOT,
                    "server: cold %s, warm %s, pid %d; after %d s %.0f ok / %.0f failed polls,"
                            + " %.0f stored, heap used %.0f of %.0f MiB, %.0f threads, %d open files%n",
                    cold,
                    warm,
                    jvm.pid(),
                    seconds,
                    late.get("luxlogger_polls_total", "outcome", "ok"),
                    late.get("luxlogger_polls_total", "outcome", "failed"),
                    stored,
                    late.get("memory_usedHeap_bytes") / MIB,
                    late.get("memory_maxHeap_bytes") / MIB,
                    late.get("thread_count"),
                    jvm.openFiles());

            Figure.info("server: launch to ready (CWWKF0011I), cold", cold.ready(), "s")
                    .print();
            // informative since the image carries a prepared work area (Dockerfile): no container starts this way
            Figure coldStart = Figure.info(
                            "server: launch to first stored poll, empty work area (a server's very first start)",
                            cold.firstPoll(),
                            "s")
                    .print();
            Figure warmStart = Figure.atMost(
                            "server: launch to first stored poll, prepared work area (every container start, a restart)",
                            warm.firstPoll(),
                            "s",
                            FIRST_POLL_SECONDS)
                    .print();
            // the server's timer computes its percentiles over a rotating window of the last minute or two
            Figure latency = Figure.atMost(
                            String.format(
                                    Locale.ROOT,
                                    "server: answer to commit, median (recent window" + " of %.0f commits)",
                                    commits),
                            median,
                            "ms",
                            MEDIAN_MS)
                    .print();
            Figure.info("server: answer to commit, 95th percentile", p95, "ms").print();
            Figure.info("server: answer to commit, 99th percentile", p99, "ms").print();
            Figure.info("server: answer to commit, first poll after the start", warm.firstCommitMillis(), "ms")
                    .print();
            Figure rssFirst = Figure.atMost("server: resident memory after start", rssStart / MIB, "MiB", RSS_MB)
                    .print();
            Figure rssLast = Figure.atMost(
                            String.format(
                                    Locale.ROOT,
                                    "server: resident memory after %.0f polls" + " (%d s at speed 60) + %d reports",
                                    stored,
                                    seconds,
                                    REPORT_REQUESTS),
                            rssEnd / MIB,
                            "MiB",
                            RSS_MB)
                    .print();
            Figure.info("server: resident memory, peak (VmHWM)", jvm.peakRssBytes() / MIB, "MiB")
                    .print();
            Figure.info("server: classes loaded", late.get("classloader_loadedClasses_count"), "classes")
                    .print();
            Figure.info("server: POST /api/reports (daily + weekly), slowest", reportSeconds, "s")
                    .print();

            if (coldStart.missed() || warmStart.missed()) {
                Figure.note(String.format(
                        Locale.ROOT,
                        "the start is bound by Liberty and the application's start-up"
                                + " (ready after %.1f s cold, %.1f s warm; the first poll follows within a second) on %d cores",
                        cold.ready(),
                        warm.ready(),
                        Runtime.getRuntime().availableProcessors()));
            }
            if (latency.missed()) {
                Figure.note("commit latency includes the hand-over to the writer thread, the JPA transaction and the"
                        + " fsync of synchronous=FULL; compare 'poll rate: encode + commit (FULL)' for the disk alone");
            }
            if (p99 > 10 * median && slowest <= warm.firstCommitMillis() * 1.01) {
                Figure.note(String.format(
                        Locale.ROOT,
                        "the 99th percentile of %.0f commits is the first commit"
                                + " after the start (%.0f ms: JPA and SQLite warming up); the 95th percentile is %.1f ms",
                        commits,
                        warm.firstCommitMillis(),
                        p95));
            }
            if (rssFirst.missed() || rssLast.missed()) {
                Figure.note(String.format(
                        Locale.ROOT,
                        "resident memory is bound by the heap the JVM keeps committed"
                                + " (%.0f of max %.0f MiB, %.0f MiB in use) plus class metadata of %.0f loaded classes, JIT"
                                + " code and %.0f threads; -Dbench.nmt=true logs the JVM's own breakdown",
                        late.get("memory_committedHeap_bytes") / MIB,
                        late.get("memory_maxHeap_bytes") / MIB,
                        late.get("memory_usedHeap_bytes") / MIB,
                        late.get("classloader_loadedClasses_count"),
                        late.get("thread_count")));
            }
            if (nativeMemory) {
                var jcmd = new ProcessBuilder("jcmd", Long.toString(jvm.pid()), "VM.native_memory", "summary")
                        .redirectErrorStream(true)
                        .start();
                System.err.println(new String(jcmd.getInputStream().readAllBytes()));
            }
            server.stop();
        }
    }

    /**
     * Launches the server and waits for its first row in SQLite. The metrics endpoint is asked once while the
     * first poll is still coming (its own first request takes a while), so that the timer can be read at once
     * when the row appears, while it holds that single commit.
     */
    private static Start start(LibertyProcess server, StoredPolls polls, ServerHttp http) throws InterruptedException {
        long launched = System.nanoTime();
        server.start();
        double ready = since(launched);
        http.get("metrics?scope=application");
        if (!polls.awaitFirst(Duration.ofSeconds(60))) {
            throw new IllegalStateException("no poll stored within 60 s after the start; see " + server.messages());
        }
        double firstPoll = since(launched);
        var metrics = http.metrics();
        double first = metrics.get("luxlogger_commit_latency_seconds_count") == 1
                ? metrics.get("luxlogger_commit_latency_seconds_max") * 1e3
                : Double.NaN;
        return new Start(ready, firstPoll, first);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void sleepUntil(long startNanos, double seconds) throws InterruptedException {
        long left = startNanos + (long) (seconds * 1e9) - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000);
        }
    }
}
