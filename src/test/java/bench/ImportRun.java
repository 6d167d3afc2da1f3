package bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import luxlogger.imports.control.LegacyPolls;
import luxlogger.imports.entity.ImportReport;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;

/**
 * One import of an earlier logger's database into the product's store, measured: the product's reading
 * ({@link LegacyPolls}) hands batches to {@code PollStore}, which skips polls it holds already. After every stored
 * batch a full collection, then the heap in use (the live heap while the import holds its batch); the time of those
 * collections is left out of the rate.
 *
 * @param imported polls the store did not hold before
 * @param seconds the import without the collections that measure it
 * @param liveHeaps the live heap after each batch, in bytes
 */
record ImportRun(ImportReport report, long imported, double seconds, List<Long> liveHeaps) {

    /** The size of a batch the reading hands to the store, as the spill replay's. */
    static final int BATCH = 500;

    static ImportRun of(LegacyWeek legacy, Path target, StandaloneStore standalone) throws Exception {
        long before = new StoredPolls(target).count();
        List<Long> heaps = new ArrayList<>();
        long[] measuring = {0};
        long start = System.nanoTime();
        ImportReport report = new LegacyPolls(LegacyWeek.ZONE).read(legacy.file(), BATCH, batch -> {
            List<ControllerPoll> polls = new ArrayList<>(batch.size());
            for (Snapshot poll : batch) {
                polls.add(new ControllerPoll(SimulatedYear.CONTROLLER, poll));
            }
            try {
                standalone.store().store(polls);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            long gc = System.nanoTime();
            System.gc();
            heaps.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            measuring[0] += System.nanoTime() - gc;
        });
        double seconds = (System.nanoTime() - start - measuring[0]) / 1e9;
        return new ImportRun(report, new StoredPolls(target).count() - before, seconds, heaps);
    }

    /** Polls read that the store held already. */
    long present() {
        return report.converted() - imported;
    }

    double rate() {
        return report.converted() / seconds;
    }

    long peakLiveHeap() {
        return liveHeaps.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The peak live heap over the first tenth of the batches (at least one): what a short file needs. */
    long earlyLiveHeap() {
        int early = Math.max(1, liveHeaps.size() / 10);
        return liveHeaps.subList(0, Math.min(early, liveHeaps.size())).stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
    }
}
