package bench;

import it.LibertyProcess;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import luxlogger.simulator.control.FaultPolicy;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.Simulator;
import luxlogger.simulator.control.SimulatorOptions;
import luxlogger.simulator.entity.SimulatorFault;

/**
 * The server for minutes against a controller that misbehaves at random, with the database locked away from
 * it for a while, then for a long outage ({@link LongOutage}), then stopped gracefully and checked: every poll the
 * simulator answered completely is stored exactly once, every other one is counted as failed, the service never
 * stopped, heap, threads and open files did not grow, and the database is intact. Prints the samples as they come,
 * then the checks; exits 1 when a check failed.
 *
 * <p>Usage: {@code Soak [--minutes N] [--probability P] [--seed S] [--lock-seconds L] [--outage-minutes M]}
 * (defaults: 10 minutes or {@code SOAK_MINUTES}, 0.2, 1, 20, 10 or {@code SOAK_OUTAGE_MINUTES}; 0 skips the
 * outage). Needs {@code -Dit.liberty.dir=target/liberty/wlp -Dit.server.name=defaultServer}.
 */
public final class Soak {

    private static final String NAME = "luxSoak";
    private static final SimulatorFault[] FAULTS = {
        SimulatorFault.SLOW,
        SimulatorFault.DROP,
        SimulatorFault.SPLIT,
        SimulatorFault.WRONG_ECHO,
        SimulatorFault.BUSY,
        SimulatorFault.ABSURD_LENGTH,
        SimulatorFault.REFUSE,
        SimulatorFault.HANG
    };
    /** Faults after which a client with a 2 s time limit gets no complete snapshot (SLOW waits 3 s per answer). */
    private static final EnumSet<SimulatorFault> FAILING = EnumSet.of(
            SimulatorFault.SLOW,
            SimulatorFault.DROP,
            SimulatorFault.WRONG_ECHO,
            SimulatorFault.BUSY,
            SimulatorFault.ABSURD_LENGTH,
            SimulatorFault.REFUSE,
            SimulatorFault.HANG);

    private static final Duration SAMPLE = Duration.ofSeconds(5);
    /** A full collection this often, after which the used heap is the live data: the one heap figure without noise. */
    private static final Duration COLLECT = Duration.ofSeconds(60);

    /** One look at the running server. */
    record Sample(
            long second,
            boolean live,
            boolean sameJvm,
            double heapMiB,
            double threads,
            long files,
            double rssMiB,
            double ok,
            double failed,
            double skipped,
            double buffered,
            long stored,
            boolean locked) {

        static final String HEADER =
                "   s  live  jvm  heap MiB  threads  fds  rss MiB    ok  failed  skipped  buffered" + "  stored  db";

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%4d  %-4s  %-3s  %8.1f  %7.0f  %3d  %7.1f  %4.0f  %6.0f  %7.0f  %8.0f" + "  %6d  %s",
                    second,
                    live ? "UP" : "DOWN",
                    sameJvm ? "=" : "NEW",
                    heapMiB,
                    threads,
                    files,
                    rssMiB,
                    ok,
                    failed,
                    skipped,
                    buffered,
                    stored,
                    locked ? "LOCKED" : "");
        }
    }

    private Soak() {}

    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(System.getenv().getOrDefault("SOAK_MINUTES", "10"));
        double probability = 0.2;
        long seed = 1;
        int lockSeconds = 20;
        double outageMinutes = Double.parseDouble(System.getenv().getOrDefault("SOAK_OUTAGE_MINUTES", "10"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--minutes" -> minutes = Double.parseDouble(args[i + 1]);
                case "--probability" -> probability = Double.parseDouble(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--lock-seconds" -> lockSeconds = Integer.parseInt(args[i + 1]);
                case "--outage-minutes" -> outageMinutes = Double.parseDouble(args[i + 1]);
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + " (known: --minutes, --probability, --seed, --lock-seconds, --outage-minutes)");
            }
        }
        long total = Math.round(minutes * 60);
        long outage = Math.round(outageMinutes * 60);
        // the locks sit inside the run, the last one well before its last minute, which is compared with the first
        long[] locks = total >= 300 ? new long[] {total / 4, total * 3 / 5} : new long[] {total / 4};
        try (var simulator = new Simulator(SimulatorOptions.of(Profile.CURRENT)
                .withSpeed(60)
                .withSeed(seed)
                .withSlowDelay(Duration.ofSeconds(3))
                .withFaults(FaultPolicy.random(probability, seed, FAULTS)))) {
            System.out.printf(
                    Locale.ROOT,
                    "soak: %d s, INTERVAL_SEC=1 TIMEOUT_SEC=2 RETRIES=0, faults %.0f %% of"
                            + " connections (seed %d) from %s, database locked for %d s at %s s; then a long"
                            + " outage: locked for %d s%n",
                    total,
                    probability * 100,
                    seed,
                    List.of(FAULTS),
                    lockSeconds,
                    java.util.Arrays.toString(locks),
                    outage);
            boolean passed = run(simulator, total, locks, lockSeconds, outage);
            System.exit(passed ? 0 : 1);
        } catch (Exception | AssertionError e) {
            // a soak that could not run is not a failed check: exit 2, with the cause
            e.printStackTrace();
            System.out.println("soak: could not run: " + e);
            System.exit(2);
        }
    }

    private static boolean run(Simulator simulator, long total, long[] locks, int lockSeconds, long outage)
            throws Exception {
        var server = new LibertyProcess(
                        NAME,
                        Map.of(
                                "HOST",
                                "127.0.0.1",
                                "PORT",
                                String.valueOf(simulator.port()),
                                "INTERVAL_SEC",
                                "1",
                                "TIMEOUT_SEC",
                                "2",
                                "RETRIES",
                                "0"))
                .withoutData();
        var polls = new StoredPolls(server.dir().resolve("data/luxlogger.db"));
        List<Sample> samples = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        var http = ServerHttp.of(server);
        try (server) {
            server.start();
            long started = System.nanoTime();
            var jvm = LibertyJvm.of(NAME);
            System.out.println("soak: server " + NAME + " ready, JVM pid " + jvm.pid() + ", data in " + polls.file());
            System.out.println(Sample.HEADER);
            Connection lock = null;
            int nextLock = 0;
            long lockedUntil = 0;
            double bufferedWhileLocked = 0;
            long nextSample = 0;
            long nextCollect = COLLECT.toSeconds();
            double liveFirst = Double.NaN;
            for (long second = 0; second < total; second = seconds(started)) {
                if (lock == null && nextLock < locks.length && second >= locks[nextLock]) {
                    lock = lock(polls);
                    lockedUntil = second + lockSeconds;
                    nextLock++;
                } else if (lock != null && second >= lockedUntil) {
                    release(lock);
                    lock = null;
                }
                if (second >= nextSample) {
                    Sample sample = sample(http, jvm, polls, second, lock != null);
                    samples.add(sample);
                    System.out.println(sample);
                    bufferedWhileLocked = Math.max(bufferedWhileLocked, lock != null ? sample.buffered() : 0);
                    nextSample += SAMPLE.toSeconds();
                }
                if (second >= nextCollect) {
                    double live = liveHeapMiB(http, jvm);
                    liveFirst = Double.isNaN(liveFirst) ? live : liveFirst;
                    System.out.printf(Locale.ROOT, "%4d  live heap after a full collection: %.1f MiB%n", second, live);
                    nextCollect += COLLECT.toSeconds();
                }
                Thread.sleep(200);
            }
            if (lock != null) {
                release(lock);
            }
            // its samples stay out of the comparison of the first and the last minute of the soak above
            List<Sample> outageSamples = new ArrayList<>();
            LongOutage.Result longOutage =
                    outage > 0 ? LongOutage.run(simulator, http, jvm, polls, started, outage, outageSamples) : null;
            List<Sample> all = new ArrayList<>(samples);
            all.addAll(outageSamples);
            Prometheus last = drained(http);
            double ticks = seconds(started);
            String ready = http.get("health/ready").body();
            double liveAtEnd = liveHeapMiB(http, jvm);
            liveFirst = Double.isNaN(liveFirst) ? liveAtEnd : liveFirst;
            System.out.printf(Locale.ROOT, "%4.0f  live heap after a full collection: %.1f MiB%n", ticks, liveAtEnd);
            server.stop();
            boolean jvmAlive = jvm.alive();
            String log = Files.exists(server.messages()) ? Files.readString(server.messages()) : "";

            long stored = polls.count();
            double ok = last.get("luxlogger_polls_total", "outcome", "ok");
            double failed = last.get("luxlogger_polls_total", "outcome", "failed");
            double rejected = last.get("luxlogger_polls_total", "outcome", "rejected");
            double skipped = last.get("luxlogger_polls_total", "outcome", "skipped");
            long breaking = FAILING.stream().mapToLong(simulator::connections).sum();
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "soak: simulator %d connections, %d complete reads, %d write attempts;" + " faults given: %s%n",
                    simulator.connections(),
                    simulator.completeReads(),
                    simulator.writeAttempts(),
                    faults(simulator));
            System.out.printf(
                    Locale.ROOT,
                    "soak: metrics at the end: ok %.0f, failed %.0f, rejected %.0f, skipped %.0f"
                            + " over %.0f s; answer to commit p50 %.1f ms, p99 %.0f ms, max %.0f ms (recent window, locks"
                            + " included)%n",
                    ok,
                    failed,
                    rejected,
                    skipped,
                    ticks,
                    last.get("luxlogger_commit_latency_seconds", "quantile", "0.5") * 1e3,
                    last.get("luxlogger_commit_latency_seconds", "quantile", "0.99") * 1e3,
                    last.get("luxlogger_commit_latency_seconds_max") * 1e3);
            System.out.println("soak: readiness at the end: " + ready.replaceAll("\\s+", " "));
            System.out.println();

            checks.add(Check.of(
                    "every complete answer stored",
                    stored + " rows",
                    "= " + simulator.completeReads() + " complete reads",
                    stored == simulator.completeReads()));
            checks.add(Check.of(
                    "no poll stored twice", polls.duplicates() + " seconds with 2 rows", "0", polls.duplicates() == 0));
            checks.add(Check.of(
                    "failed polls counted",
                    (long) failed + " failed",
                    "> 0 and about " + breaking + " breaking faults",
                    failed > 0 && Math.abs(failed - breaking) <= 3));
            checks.add(Check.of(
                    "ok polls counted", (long) ok + " ok", "<= stored, within 3", ok <= stored && stored - ok <= 3));
            double accounted = ok + failed + rejected + skipped;
            checks.add(Check.of(
                    "every tick accounted for",
                    String.format(Locale.ROOT, "%.0f ok+failed+rejected+skipped", accounted),
                    String.format(Locale.ROOT, "about %.0f s of polling", ticks),
                    Math.abs(accounted - ticks) <= 5 + ticks / 100));
            checks.add(Check.of(
                    "one connection per poll",
                    simulator.connections() + " connections",
                    String.format(Locale.ROOT, "ok+failed+rejected %.0f (+3)", ok + failed + rejected),
                    simulator.connections() >= ok + failed + rejected
                            && simulator.connections() <= ok + failed + rejected + 3));
            checks.add(Check.of(
                    "liveness UP at every sample",
                    all.stream().filter(s -> !s.live()).count() + " of " + all.size() + " DOWN",
                    "0",
                    all.stream().allMatch(Sample::live)));
            checks.add(Check.of(
                    "same JVM throughout",
                    "pid " + jvm.pid(),
                    "never replaced",
                    all.stream().allMatch(Sample::sameJvm)));
            checks.add(Check.of(
                    "database lock took effect",
                    (long) bufferedWhileLocked + " polls buffered",
                    "> 0 while locked",
                    bufferedWhileLocked > 0));
            checks.add(Check.of(
                    "buffer drained after the lock",
                    (long) last.get("luxlogger_buffer_polls") + " polls, " + (long) last.get("luxlogger_spill_bytes")
                            + " spill bytes",
                    "0, 0",
                    last.get("luxlogger_buffer_polls") == 0 && last.get("luxlogger_spill_bytes") == 0));
            // the sampled heap follows the young generation's saw-tooth (a minor collection every minute or two),
            // so its averages get a wide tolerance; the live heap after full collections gets a narrow one
            checks.add(growth("heap used (MiB)", samples, total, Sample::heapMiB, 1.5, 16));
            checks.add(Check.of(
                    "live heap after full GC, first vs end",
                    String.format(Locale.ROOT, "%.1f -> %.1f", liveFirst, liveAtEnd),
                    String.format(Locale.ROOT, "<= %.1f", liveFirst * 1.1 + 4),
                    liveAtEnd <= liveFirst * 1.1 + 4));
            checks.add(growth("threads (base thread_count)", samples, total, Sample::threads, 1, 5));
            checks.add(growth("open files (/proc/pid/fd)", samples, total, s -> s.files(), 1, 10));
            checks.add(Check.of(
                    "never wrote to the controller", simulator.writeAttempts(), "0", simulator.writeAttempts() == 0));
            boolean stopMessage = log.contains("CWWKE0036I");
            checks.add(Check.of(
                    "stopped gracefully",
                    stopMessage ? "CWWKE0036I logged" : "no stop message",
                    "CWWKE0036I, JVM gone",
                    stopMessage && !jvmAlive));
            if (longOutage != null) {
                checks.addAll(longOutage.checks(polls));
            }
            String integrity = polls.integrity();
            checks.add(Check.of("PRAGMA integrity_check", integrity, "ok", integrity.equals("ok")));
        }
        return Check.print(checks);
    }

    /** Compares the average of the first and the last minute (half the run when shorter than two minutes). */
    private static Check growth(
            String name,
            List<Sample> samples,
            long total,
            ToDoubleFunction<Sample> value,
            double factor,
            double slack) {
        long window = Math.min(60, total / 2);
        double first = samples.stream()
                .filter(s -> s.second() < window)
                .mapToDouble(value)
                .average()
                .orElse(Double.NaN);
        double last = samples.stream()
                .filter(s -> s.second() >= total - window)
                .mapToDouble(value)
                .average()
                .orElse(Double.NaN);
        double limit = first * factor + slack;
        return Check.of(
                name + ", last vs first " + window + " s",
                String.format(Locale.ROOT, "%.1f -> %.1f", first, last),
                String.format(Locale.ROOT, "<= %.1f", limit),
                last <= limit);
    }

    static Sample sample(ServerHttp http, LibertyJvm jvm, StoredPolls polls, long second, boolean locked) {
        boolean live;
        Prometheus metrics;
        try {
            var health = http.get("health/live");
            live = health.statusCode() == 200 && health.body().contains("UP");
            metrics = http.metrics();
        } catch (RuntimeException e) {
            live = false;
            metrics = Prometheus.parse("");
        }
        return new Sample(
                second,
                live,
                jvm.alive(),
                metrics.get("memory_usedHeap_bytes") / (1 << 20),
                metrics.get("thread_count"),
                jvm.openFiles(),
                jvm.rssBytes() / (double) (1 << 20),
                metrics.get("luxlogger_polls_total", "outcome", "ok"),
                metrics.get("luxlogger_polls_total", "outcome", "failed"),
                metrics.get("luxlogger_polls_total", "outcome", "skipped"),
                metrics.get("luxlogger_buffer_polls"),
                polls.count(),
                locked);
    }

    /** Takes the write lock from the soak's own connection, as another program holding the file would. */
    static Connection lock(StoredPolls polls) throws SQLException {
        Connection connection = polls.open();
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=10000");
            statement.execute("BEGIN EXCLUSIVE");
        }
        return connection;
    }

    static void release(Connection lock) throws SQLException {
        try (lock;
                var statement = lock.createStatement()) {
            statement.execute("ROLLBACK");
        }
    }

    /** Waits up to a minute until nothing waits in memory or in the spill file; the last scrape. */
    static Prometheus drained(ServerHttp http) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            var metrics = http.metrics();
            boolean empty = metrics.get("luxlogger_buffer_polls") == 0 && metrics.get("luxlogger_spill_bytes") == 0;
            if (empty || System.nanoTime() > deadline) {
                return metrics;
            }
            Thread.sleep(500);
        }
    }

    static double liveHeapMiB(ServerHttp http, LibertyJvm jvm) throws Exception {
        jvm.collect();
        return http.metrics().get("memory_usedHeap_bytes") / (1 << 20);
    }

    private static String faults(Simulator simulator) {
        StringBuilder text = new StringBuilder();
        for (SimulatorFault fault : SimulatorFault.values()) {
            text.append(text.isEmpty() ? "" : ", ").append(fault).append(' ').append(simulator.connections(fault));
        }
        return text.toString();
    }

    static long seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000;
    }
}
