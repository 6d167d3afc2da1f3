package bench;

import it.LibertyProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.SimulatedHeatPumps;
import luxlogger.simulator.control.Simulation;

/**
 * One server polling many controllers: 50 simulated heat pumps (in this JVM, so that the server's CPU time is
 * the logger's own) every 5 s for two minutes. After a warm-up in which every controller stores its first poll,
 * it measures the polls stored per second, the commit latency of the shared writer, ticks skipped and failed
 * polls, the server's CPU time as a share of one core, and its resident memory.
 *
 * The first polls of each controller (its keyframe) and half a minute more are left out of the measurement.
 *
 * <p>Usage: {@code FleetBenchmark [controllers] [interval seconds] [seconds]} (default 50 5 120). Needs
 * {@code -Dit.liberty.dir=target/liberty/wlp -Dit.server.name=defaultServer}.
 */
public final class FleetBenchmark {

    private static final String NAME = "luxFleet";
    private static final double P99_MS = 50;
    private static final double CPU_PERCENT = 25;
    private static final double MIB = 1 << 20;
    private static final Duration WARM_UP = Duration.ofSeconds(30);

    private FleetBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int interval = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        try (var pumps = new SimulatedHeatPumps(new Simulation(Profile.CURRENT, Map.of(), Map.of(), 1.0))) {
            List<String> entries = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = String.format(Locale.ROOT, "hp%02d", i);
                entries.add(name + "=127.0.0.1:" + pumps.start(name));
            }
            var server = new LibertyProcess(
                    NAME, Map.of("CONTROLLERS", String.join(",", entries), "INTERVAL_SEC", Integer.toString(interval)));
            var polls = new StoredPolls(server.dir().resolve("data/luxlogger.db"));
            var http = ServerHttp.of(server);
            try (server) {
                server.withoutData().start();
                var jvm = LibertyJvm.of(NAME);
                // warm-up: every controller polled and stored once (its first keyframe), the JIT past the start
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (polls.count() < 2L * count && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                // the server's timer takes its percentiles over a rotating window of about two minutes: a further
                // half minute keeps the start's first commits (JPA and SQLite warming up) out of what is measured
                Thread.sleep(WARM_UP.toMillis());
                var before = http.metrics();
                long storedBefore = polls.count();
                double cpuBefore = jvm.cpuSeconds();
                long start = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                double wall = (System.nanoTime() - start) / 1e9;
                double cpu = jvm.cpuSeconds() - cpuBefore;
                long stored = polls.count() - storedBefore;
                var after = http.metrics();
                long rss = jvm.rssBytes();

                double skipped = after.sum("luxlogger_polls_total", "outcome", "skipped")
                        - before.sum("luxlogger_polls_total", "outcome", "skipped");
                double failed = after.sum("luxlogger_polls_total", "outcome", "failed")
                        - before.sum("luxlogger_polls_total", "outcome", "failed");
                double ok = after.sum("luxlogger_polls_total", "outcome", "ok")
                        - before.sum("luxlogger_polls_total", "outcome", "ok");
                double p50 = after.get("luxlogger_commit_latency_seconds", "quantile", "0.5") * 1e3;
                double p99 = after.get("luxlogger_commit_latency_seconds", "quantile", "0.99") * 1e3;
                double expected = count * wall / interval;
                System.err.printf(
                        Locale.ROOT,
                        "fleet: %d controllers every %d s for %.0f s: %.0f ok, %.0f failed, %.0f skipped polls,"
                                + " %d stored (%.0f expected), CPU %.1f s, RSS %.0f MiB%n",
                        count,
                        interval,
                        wall,
                        ok,
                        failed,
                        skipped,
                        stored,
                        expected,
                        cpu,
                        rss / MIB);

                String what = String.format(Locale.ROOT, "fleet: %d controllers every %d s,", count, interval);
                Figure.info(what + " polls stored per second", stored / wall, "polls/s")
                        .print();
                Figure.atMost(what + " ticks skipped", skipped, "ticks", 0).print();
                Figure.atMost(what + " polls failed", failed, "polls", 0).print();
                Figure.atLeast(what + " polls stored of those due", 100 * stored / expected, "%", 98)
                        .print();
                Figure.info(what + " answer to commit, median", p50, "ms").print();
                Figure.atMost(what + " answer to commit, 99th percentile", p99, "ms", P99_MS)
                        .print();
                Figure.atMost(what + " server CPU, share of one core", 100 * cpu / wall, "%", CPU_PERCENT)
                        .print();
                Figure.info(what + " server resident memory", rss / MIB, "MiB").print();
                server.stop();
            }
        }
    }
}
