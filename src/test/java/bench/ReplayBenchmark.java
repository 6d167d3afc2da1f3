package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import luxlogger.readings.control.OutageReplay;

/**
 * The replay after a long database outage: a week at 30 s (20,160 polls) and a day at 1 s (86,400 polls), each
 * written to a spill file by the product's {@code SpillFile} and replayed through its {@code PollBuffer} into its
 * {@code PollStore} on a real SQLite file ({@link OutageReplay}). Meant for a JVM with the server's jvm.options,
 * which bench/run passes: the day's peak live heap must stay within 10 % of the week's, and no poll may be lost
 * or stored twice. The rate leaves out the full collections that measure the heap after every batch.
 *
 * <p>Usage: {@code ReplayBenchmark [directory]} (default {@code target/bench/replay}, emptied first).
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/bench/replay");
        empty(directory);
        OutageReplay.write(directory, 20_160, Duration.ofSeconds(30));
        OutageReplay.write(directory, 86_400, Duration.ofSeconds(1));
        OutageReplay.Result week = OutageReplay.replay(directory, 20_160, Duration.ofSeconds(30));
        OutageReplay.Result day = OutageReplay.replay(directory, 86_400, Duration.ofSeconds(1));
        long maxHeap = Runtime.getRuntime().maxMemory();

        Figure.info("replay: spill file of a week at 30 s (20,160 polls)", week.rate(), "polls/s")
                .print();
        Figure.info("replay: spill file of a day at 1 s (86,400 polls)", day.rate(), "polls/s")
                .print();
        Figure.info("replay: peak live heap, week", week.peakLiveHeap() / 1e6, "MB")
                .print();
        Figure.info("replay: peak live heap, day", day.peakLiveHeap() / 1e6, "MB")
                .print();
        Figure growth = Figure.atMost(
                        "replay: peak live heap, day over week",
                        100.0 * day.peakLiveHeap() / week.peakLiveHeap(),
                        "%",
                        110)
                .print();
        Figure wrong = Figure.atMost(
                        "replay: polls lost or stored twice",
                        week.lost() + week.twice() + day.lost() + day.twice(),
                        "polls",
                        0)
                .print();
        System.err.printf("replay: heap limit %d MB; %s; %s%n", maxHeap / 1_000_000, week.line(), day.line());
        if (growth.missed()) {
            Figure.note("replay: the live heap grows with the spill file; something holds polls beyond a batch");
        }
        if (wrong.missed()) {
            Figure.note("replay: " + week.line() + " / " + day.line() + " (polls stored lost twice ...)");
        }
    }

    private static void empty(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(directory);
    }
}
