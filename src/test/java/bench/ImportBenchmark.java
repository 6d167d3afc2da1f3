package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import luxlogger.readings.control.StandaloneStore;

/**
 * Issue #15's import speed: a week of the earlier Python logger's {@code cache.db} at 30 s (20,160 polls, about
 * 1.6 GB of JSON, {@link LegacyWeek}) imported as the product imports it ({@link MeasuredImport}) into a new SQLite file,
 * in a JVM with the server's jvm.options, which bench/run passes. Target: at least 1,700 polls/s (100,000 polls in
 * about a minute), the live heap flat (under the same bound whatever the file's size; its growth from the first
 * half of the import to the second is shown), the stored raw values equal to the simulator's ({@link ImportExactness}), and a second import of the
 * same file storing nothing again.
 *
 * <p>Usage: {@code ImportBenchmark [build] [cache file] [days]} (default {@code target/bench/legacy-week.db}, 7);
 * {@code build} only builds the cache file, when it does not hold those days yet. The imported file is
 * {@code <cache file without .db>-imported.db} beside it, made anew.
 */
public final class ImportBenchmark {

    private static final double TARGET_RATE = 1_700;
    /** Far less than the server's heap beside Liberty's own live data (about 75 of 160 MB). */
    private static final double HEAP_MB = 48;
    /** Issue #15: exact for at least 99.9 % of the values. */
    private static final double MISSED_PERCENT = 0.1;

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean buildOnly = args.length > 0 && args[0].equals("build");
        int first = buildOnly ? 1 : 0;
        Path cache = Path.of(args.length > first ? args[first] : "target/bench/legacy-week.db");
        int days = args.length > first + 1 ? Integer.parseInt(args[first + 1]) : 7;
        var legacy = new LegacyWeek(cache, days);
        Duration built = legacy.build();
        if (built != null) {
            Figure.info("import: building the earlier logger's cache.db, " + span(legacy), seconds(built), "s")
                    .print();
        }
        if (buildOnly) {
            return;
        }
        Path target = cache.resolveSibling(cache.getFileName().toString().replaceFirst("\\.db$", "") + "-imported.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(target + suffix));
        }
        MeasuredImport once;
        MeasuredImport again;
        ImportExactness exactness;
        try (var standalone = new StandaloneStore(target)) {
            once = MeasuredImport.of(legacy, standalone);
            again = MeasuredImport.of(legacy, standalone);
            exactness = ImportExactness.of(legacy, standalone.reader());
        }
        // the same file read again without storing, after the imports: where their time goes
        report(legacy, once, again, exactness, ImportPhases.of(legacy));
    }

    private static void report(
            LegacyWeek legacy,
            MeasuredImport once,
            MeasuredImport again,
            ImportExactness exactness,
            ImportPhases phases)
            throws Exception {
        long bytes = Files.size(legacy.file());
        String span = span(legacy);
        Figure rate = Figure.atLeast(
                        "import: " + span + " of the earlier logger's cache.db", once.rate(), "polls/s", TARGET_RATE)
                .print();
        Figure.info("import: " + span + ", time", once.seconds(), "s").print();
        Figure.info("import: of that, SQLite's rows alone (CacheFile)", phases.rowsSeconds(), "s")
                .print();
        Figure.info(
                        "import: of that, rows + JSON + conversion (LegacyPolls, nothing stored)",
                        phases.readSeconds(),
                        "s")
                .print();
        Figure.info("import: of that, storing (PollStore), the rest", once.seconds() - phases.readSeconds(), "s")
                .print();
        Figure.info("import: the cache.db read", bytes / 1e9, "GB").print();
        Figure.info("import: the cache.db read per second", bytes / 1e6 / once.seconds(), "MB/s")
                .print();
        Figure.info("import: polls imported", once.result().imported(), "polls").print();
        Figure.info("import: polls already present", once.result().present(), "polls")
                .print();
        Figure heap = Figure.atMost(
                        "import: peak live heap (a full collection every 0.25 s)",
                        once.peakLiveHeap() / 1e6,
                        "MB",
                        HEAP_MB)
                .print();
        Figure.info("import: peak live heap, second half of the import over the first", once.growth() / 1e6, "MB")
                .print();
        Figure exact = Figure.atMost(
                        "import: raw values not stored as the simulator sent them",
                        100 * (1 - exactness.share()),
                        "%",
                        MISSED_PERCENT)
                .print();
        Figure.info(
                        "import: values not turned back exactly (the import's own count)",
                        once.result().missed(),
                        "values")
                .print();
        Figure.info("import: second import of the same file, time", again.seconds(), "s")
                .print();
        Figure present = Figure.atLeast(
                        "import: second import, polls found already present",
                        again.result().present(),
                        "polls",
                        legacy.polls())
                .print();
        Figure.info("import: second import, polls stored again", again.result().imported(), "polls")
                .print();
        System.err.printf(
                "import: %s; %d polls read back, %d at another instant, %d of %d values equal, misses %s;"
                        + " live heap samples (MB) %s%n",
                once.result(),
                exactness.polls(),
                exactness.wrongTimes(),
                exactness.equal(),
                exactness.values(),
                exactness.misses(),
                once.liveHeaps().stream().map(b -> b / 1_000_000).toList());
        if (rate.missed()) {
            Figure.note("import: below " + Figure.format(TARGET_RATE) + " polls/s; see the import's profile in the"
                    + " README (Benchmarks)");
        }
        if (heap.missed()) {
            Figure.note("import: the live heap grows with the file; something holds polls beyond a batch");
        }
        if (exact.missed() || exactness.polls() != legacy.polls() || exactness.wrongTimes() > 0) {
            Figure.note("import: " + exactness.polls() + " polls read back, " + exactness.wrongTimes()
                    + " at another instant; values not stored as sent, per key: " + exactness.misses());
        }
        if (present.missed() || again.result().imported() > 0) {
            Figure.note("import: the second import stored " + again.result().imported() + " polls again");
        }
    }

    private static String span(LegacyWeek legacy) {
        String days = switch (legacy.days()) {
            case 1 -> "a day";
            case 7 -> "a week";
            default -> legacy.days() + " days";
        };
        return String.format("%s (%,d polls)", days, legacy.polls());
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
