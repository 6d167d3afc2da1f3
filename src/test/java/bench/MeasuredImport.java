package bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import luxlogger.imports.control.ImportRun;
import luxlogger.imports.entity.ImportResult;
import luxlogger.readings.control.StandaloneStore;

/**
 * One import of an earlier logger's database as the product runs it ({@link ImportRun}: its reading hands batches
 * of 500 polls to the store, a transaction each, skipping polls stored before), measured. A thread beside it takes
 * the live heap every quarter of a second (a full collection, then the heap in use), as long as the import runs;
 * the import stands still meanwhile (SerialGC stops the world), and the time of those collections is left out of
 * the rate.
 *
 * @param seconds the import without the collections that measure it
 * @param liveHeaps the live heap at each sample, in bytes, in order
 */
record MeasuredImport(ImportResult result, double seconds, List<Long> liveHeaps) {

    private static final long SAMPLE_MILLIS = 250;

    static MeasuredImport of(LegacyWeek legacy, StandaloneStore standalone) throws Exception {
        List<Long> heaps = new ArrayList<>();
        long[] measuring = {0};
        var running = new CountDownLatch(1);
        Thread sampler = new Thread(
                () -> {
                    try {
                        while (!running.await(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
                            long gc = System.nanoTime();
                            System.gc();
                            long used = ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed();
                            synchronized (heaps) {
                                heaps.add(used);
                                measuring[0] += System.nanoTime() - gc;
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "live-heap");
        sampler.start();
        long start = System.nanoTime();
        ImportResult result;
        try {
            result = new ImportRun(standalone.store()).run(legacy.file(), SimulatedYear.CONTROLLER, LegacyWeek.ZONE);
        } finally {
            running.countDown();
            sampler.join();
        }
        long elapsed = System.nanoTime() - start;
        synchronized (heaps) {
            return new MeasuredImport(result, (elapsed - measuring[0]) / 1e9, List.copyOf(heaps));
        }
    }

    double rate() {
        return result.read() / seconds;
    }

    long peakLiveHeap() {
        return peak(liveHeaps);
    }

    /**
     * How much higher the live heap peaked in the second half of the samples than in the first: about 0 when it is
     * flat (a sample may fall anywhere in a batch's life, which moves it by a few MB either way).
     */
    long growth() {
        int half = liveHeaps.size() / 2;
        return peak(liveHeaps.subList(half, liveHeaps.size())) - peak(liveHeaps.subList(0, half));
    }

    private static long peak(List<Long> heaps) {
        return heaps.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
