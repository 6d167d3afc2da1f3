package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

class HeatPumpModelTest {

    private static final Instant WINTER = Instant.parse("2025-01-15T00:00:00Z");
    private static final Instant SUMMER = Instant.parse("2025-07-11T00:00:00Z");
    private static final Duration POLL = Duration.ofSeconds(30);
    // calculation indices (see calculations.tsv)
    private static final int FLOW = 10;
    private static final int RETURN = 11;
    private static final int OUTDOOR = 15;
    private static final int HOT_WATER = 17;
    private static final int COMPRESSOR_SECONDS = 56;
    private static final int STARTS = 57;
    private static final int OPERATING_MODE = 80;
    private static final int CLOCK = 134;
    private static final int HEAT_METER_HEATING = 151;
    private static final int HIGH_PRESSURE = 180;

    @Test
    void runsCompressorCyclesOverAWinterDay() {
        List<Snapshot> day = day(Profile.CURRENT, WINTER, 7);
        Snapshot first = day.get(0);
        Snapshot last = day.get(day.size() - 1);
        assertThat(last.calculations()[STARTS] - first.calculations()[STARTS]).isBetween(5, 60);
        assertThat(last.calculations()[COMPRESSOR_SECONDS]).isGreaterThan(first.calculations()[COMPRESSOR_SECONDS]);
        assertThat(last.calculations()[HEAT_METER_HEATING]).isGreaterThan(first.calculations()[HEAT_METER_HEATING]);
        assertThat(range(day, FLOW)).as("flow range, tenths").isGreaterThan(50);
        assertThat(range(day, RETURN)).as("return range, tenths").isGreaterThan(30);
        assertThat(range(day, HIGH_PRESSURE))
                .as("high pressure range, 0.01 bar")
                .isGreaterThan(500);
        assertThat(modes(day)).as("operating modes seen").contains(0, 1, 4, 5); // heating, hot water, defrost, idle
    }

    @Test
    void countersNeverRunBackwards() {
        List<Snapshot> day = day(Profile.CURRENT, WINTER, 7);
        for (int index : new int[] {COMPRESSOR_SECONDS, STARTS, 63, 64, 65, HEAT_METER_HEATING, 152, 154, CLOCK}) {
            for (int i = 1; i < day.size(); i++) {
                assertThat(day.get(i).calculations()[index])
                        .as("calculation %d at poll %d", index, i)
                        .isGreaterThanOrEqualTo(day.get(i - 1).calculations()[index]);
            }
        }
    }

    @Test
    void reheatsHotWaterSeveralTimesADayInSummerWithoutHeating() {
        List<Snapshot> day = day(Profile.CURRENT, SUMMER, 7);
        int reheats = 0;
        for (int i = 1; i < day.size(); i++) {
            boolean hotWater = day.get(i).calculations()[OPERATING_MODE] == 1;
            reheats += hotWater && day.get(i - 1).calculations()[OPERATING_MODE] != 1 ? 1 : 0;
        }
        System.out.printf(
                "summer day: %d hot-water reheats, hot water %.1f-%.1f °C%n",
                reheats, min(day, HOT_WATER) / 10.0, max(day, HOT_WATER) / 10.0);
        assertThat(reheats).isBetween(2, 8);
        assertThat(modes(day)).doesNotContain(0, 4);
        assertThat(range(day, HOT_WATER)).isBetween(15, 80);
    }

    @Test
    void outdoorTemperatureFollowsADailyCurve() {
        List<Snapshot> day = day(Profile.CURRENT, WINTER, 7);
        double[] hourly = new double[24];
        for (Snapshot s : day.subList(0, 2880)) {
            hourly[s.time().atZone(java.time.ZoneOffset.UTC).getHour()] += s.calculations()[OUTDOOR] / 10.0 / 120;
        }
        int warmest = 0;
        int coldest = 0;
        for (int h = 0; h < 24; h++) {
            warmest = hourly[h] > hourly[warmest] ? h : warmest;
            coldest = hourly[h] < hourly[coldest] ? h : coldest;
        }
        System.out.printf(
                "outdoor hourly means (UTC): %s%n",
                Arrays.toString(Arrays.stream(hourly)
                        .map(t -> Math.round(t * 10) / 10.0)
                        .toArray()));
        assertThat(warmest).as("warmest hour, UTC").isBetween(11, 16);
        assertThat(coldest).as("coldest hour, UTC").isIn(22, 23, 0, 1, 2, 3, 4, 5, 6);
        assertThat(hourly[warmest] - hourly[coldest]).isGreaterThan(3);
    }

    @Test
    void changesSomeTensOfValuesPerThirtySecondPoll() {
        for (Instant start : new Instant[] {WINTER, SUMMER}) {
            List<Snapshot> day = day(Profile.CURRENT, start, 7);
            int[] changes = new int[day.size() - 1];
            for (int i = 1; i < day.size(); i++) {
                changes[i - 1] = changed(day.get(i - 1), day.get(i));
            }
            int[] sorted = changes.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(changes).average().orElseThrow();
            System.out.printf(
                    "values changed per 30 s poll, day from %s: median %d, mean %.1f, min %d, max %d " + "(of %d)%n",
                    start,
                    sorted[sorted.length / 2],
                    mean,
                    sorted[0],
                    sorted[sorted.length - 1],
                    day.get(0).size());
            assertThat(mean).isBetween(8.0, 60.0);
            assertThat(sorted[0]).as("the clock changes at every poll").isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void keepsTheClockAtTheRequestedInstant() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 1, WINTER);
        Instant later = WINTER.plus(Duration.ofHours(5)).plusSeconds(7);
        assertThat(model.snapshotAt(later).calculations()[CLOCK]).isEqualTo(later.getEpochSecond());
        assertThat(model.snapshotAt(later).time()).isEqualTo(later);
    }

    @Test
    void isDeterministicForASeedWhateverTheStepsAskedBefore() {
        Instant target = WINTER.plus(Duration.ofHours(9)).plusSeconds(15);
        HeatPumpModel polled = new HeatPumpModel(Profile.CURRENT, 42, WINTER);
        for (Instant t = WINTER; t.isBefore(target); t = t.plusSeconds(17)) {
            polled.snapshotAt(t);
        }
        Snapshot jumped = new HeatPumpModel(Profile.CURRENT, 42, WINTER).snapshotAt(target);
        assertThat(polled.snapshotAt(target)).isEqualTo(jumped);
        Snapshot otherSeed = new HeatPumpModel(Profile.CURRENT, 43, WINTER).snapshotAt(target);
        assertThat(otherSeed).isNotEqualTo(jumped);
    }

    @Test
    void keepsVisibilitiesAndAlmostAllParametersStatic() {
        List<Snapshot> day = day(Profile.CURRENT, WINTER, 3);
        Snapshot base = Profile.CURRENT.snapshot();
        Snapshot last = day.get(day.size() - 1);
        assertThat(last.visibilities()).isEqualTo(base.visibilities());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < base.parameters().length; i++) {
            if (base.parameters()[i] != last.parameters()[i]) {
                changed.add(i);
            }
        }
        // LAST_DEFROST_TIMESTAMP, HEAT_ENERGY_INPUT, DHW_ENERGY_INPUT and the copies of counters, heat meters and the
        // switch-off file with its index (ParameterCopies)
        assertThat(changed).isSubsetOf(copiesAnd(1119, 1136, 1137));
    }

    @Test
    void drivesOnlyTheIndicesOldFirmwareHas() {
        Snapshot v180 = new HeatPumpModel(Profile.COOLCHIP_V1_80, 1, WINTER).snapshotAt(WINTER.plusSeconds(3600));
        assertThat(v180.calculations()).hasSize(200);
        int[] base = Profile.COOLCHIP_V1_80.snapshot().parameters();
        assertThat(v180.parameters()).hasSameSizeAs(base);
        for (int i = 0; i < base.length; i++) {
            if (!copiesAnd().contains(i)) {
                assertThat(v180.parameters()[i]).as("parameter %d", i).isEqualTo(base[i]);
            }
        }
    }

    /** The parameters {@link ParameterCopies} refreshes, plus these. */
    private static List<Integer> copiesAnd(Integer... more) {
        List<Integer> indices = new ArrayList<>(Arrays.asList(more));
        indices.add(31);
        for (int i = 668; i <= 675; i++) {
            indices.add(i);
        }
        for (int i = 716; i <= 725; i++) {
            indices.add(i);
        }
        indices.addAll(List.of(728, 729, 730, 852, 854, 878, 879));
        return indices;
    }

    @Test
    void generatesASimulatedWeekOfPollsQuickly() {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, 1, WINTER);
        long started = System.nanoTime();
        Snapshot last = null;
        for (int i = 0; i < 20_160; i++) {
            last = model.snapshotAt(WINTER.plus(POLL.multipliedBy(i)));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("a simulated week of 20,160 snapshots took %d ms%n", took.toMillis());
        assertThat(last.calculations()[CLOCK])
                .isEqualTo(WINTER.plus(POLL.multipliedBy(20_159)).getEpochSecond());
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    private static List<Snapshot> day(Profile profile, Instant start, long seed) {
        HeatPumpModel model = new HeatPumpModel(profile, seed, start);
        List<Snapshot> polls = new ArrayList<>();
        for (int i = 0; i <= 2880; i++) {
            polls.add(model.snapshotAt(start.plus(POLL.multipliedBy(i))));
        }
        return polls;
    }

    private static int changed(Snapshot a, Snapshot b) {
        int n = 0;
        for (int i = 0; i < a.parameters().length; i++) {
            n += a.parameters()[i] != b.parameters()[i] ? 1 : 0;
        }
        for (int i = 0; i < a.calculations().length; i++) {
            n += a.calculations()[i] != b.calculations()[i] ? 1 : 0;
        }
        for (int i = 0; i < a.visibilities().length; i++) {
            n += a.visibilities()[i] != b.visibilities()[i] ? 1 : 0;
        }
        return n;
    }

    private static List<Integer> modes(List<Snapshot> polls) {
        return polls.stream()
                .map(s -> s.calculations()[OPERATING_MODE])
                .distinct()
                .sorted()
                .toList();
    }

    private static int range(List<Snapshot> polls, int index) {
        return max(polls, index) - min(polls, index);
    }

    private static int max(List<Snapshot> polls, int index) {
        return polls.stream().mapToInt(s -> s.calculations()[index]).max().orElseThrow();
    }

    private static int min(List<Snapshot> polls, int index) {
        return polls.stream().mapToInt(s -> s.calculations()[index]).min().orElseThrow();
    }
}
