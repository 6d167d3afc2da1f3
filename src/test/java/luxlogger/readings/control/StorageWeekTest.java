package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage budget, measured on the product's encoder and schema: a week of 30 s polls must fit SQLite in
 * at most 200 bytes per poll, row and page overhead included, every poll must read back exactly, and coding
 * must be fast. Logs the figures.
 */
class StorageWeekTest {

    private static final Logger LOG = System.getLogger(StorageWeekTest.class.getName());
    /** A winter week: the heat pump runs most, so the most values move. */
    private static final Instant MONDAY = Instant.parse("2025-01-13T00:00:00Z");

    @TempDir
    Path directory;

    @Test
    void storesASimulatedWeekWellUnderTwoHundredBytesPerPoll() throws Exception {
        Supplier<Supplier<Snapshot>> runs = () -> {
            var model = new HeatPumpModel(Profile.CURRENT, 42, MONDAY);
            int[] poll = {0};
            return () -> model.snapshotAt(MONDAY.plusSeconds(30L * poll[0]++));
        };

        var figures = WeekMeasurement.measure(
                "simulator (HeatPumpModel, current firmware)", runs, directory.resolve("simulated.db"));

        LOG.log(Level.INFO, figures.report());
        assertThat(figures.databasePerPoll()).isLessThan(150);
        assertBudget(figures);
    }

    @Test
    void storesABusierSyntheticWeekUnderTwoHundredBytesPerPoll() throws Exception {
        Supplier<Supplier<Snapshot>> runs = () -> new NoisyWeek(7, MONDAY)::next;

        var figures = WeekMeasurement.measure("busy synthetic week", runs, directory.resolve("busy.db"));

        LOG.log(Level.INFO, figures.report());
        assertBudget(figures);
    }

    private static void assertBudget(WeekMeasurement.Figures figures) {
        assertThat(figures.databasePerPoll()).isLessThan(200);
        assertThat(figures.payloadPerPoll()).isLessThan(120);
        assertThat(figures.encodeMicros()).isLessThan(1_000);
        assertThat(figures.decodesPerSecond()).isGreaterThan(50_000);
    }
}
