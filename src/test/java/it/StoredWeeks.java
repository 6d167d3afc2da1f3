package it;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.HeatPumpModel;

/**
 * Simulated heat pumps' polls stored through the product's own store, at their simulated times, into the database
 * a server is started on afterwards: weeks of history without waiting for them.
 */
final class StoredWeeks {

    private static final int BATCH = 500;

    private StoredWeeks() {}

    /**
     * Stores a poll of each model every {@code poll} from {@code from} (inclusive) to {@code to} (exclusive), under
     * the model's controller name, except the instants {@code skipped} answers true for (a gap in the data).
     *
     * @return the polls stored
     */
    static long store(
            Path database,
            Map<String, HeatPumpModel> models,
            Instant from,
            Instant to,
            Duration poll,
            BiPredicate<String, Instant> skipped)
            throws Exception {
        return store(database, models, from, to, poll, skipped, (name, time) -> {});
    }

    /** As above, with {@code before} called ahead of each poll's snapshot, to inject incidents at their time. */
    static long store(
            Path database,
            Map<String, HeatPumpModel> models,
            Instant from,
            Instant to,
            Duration poll,
            BiPredicate<String, Instant> skipped,
            BiConsumer<String, Instant> before)
            throws Exception {
        long stored = 0;
        try (var standalone = new StandaloneStore(database)) {
            for (var entry : models.entrySet()) {
                List<ControllerPoll> batch = new ArrayList<>(BATCH);
                for (Instant time = from; time.isBefore(to); time = time.plus(poll)) {
                    before.accept(entry.getKey(), time);
                    if (skipped.test(entry.getKey(), time)) {
                        continue;
                    }
                    batch.add(
                            new ControllerPoll(entry.getKey(), entry.getValue().snapshotAt(time)));
                    if (batch.size() == BATCH) {
                        standalone.store().store(batch);
                        stored += batch.size();
                        batch = new ArrayList<>(BATCH);
                    }
                }
                standalone.store().store(batch);
                stored += batch.size();
            }
        }
        return stored;
    }
}
