package luxlogger.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * A simulated winter week read as an energy summary reads a real controller: raw counter deltas per day, by
 * index, with the scales of ENERGY.md (heat 0.1 kWh, electricity 0.01 kWh). Computed here, not with the
 * product's summary, so that the simulator is checked on its own.
 */
class SimulatedWeekTest {

    /** Monday 13 January 2025, 00:00 local time of the simulated site (UTC+1). */
    private static final Instant WINTER = Instant.parse("2025-01-12T23:00:00Z");

    private static final Duration POLL = Duration.ofSeconds(30);
    // calculation indices (calculations.tsv)
    private static final int OUTDOOR = 15;
    private static final int EVU_UNLOCKED = 31;
    private static final int COMPRESSOR = 44;
    private static final int COMPRESSOR_SECONDS = 56;
    private static final int STARTS = 57;
    private static final int AUX_SECONDS = 60;
    private static final int HEATING_SECONDS = 64;
    private static final int HOT_WATER_SECONDS = 65;
    private static final int OPERATING_MODE = 80;
    private static final int HEAT_HEATING = 151;
    private static final int HEAT_HOT_WATER = 152;
    private static final int HEAT_POOL = 153;
    // parameter indices (parameters.tsv)
    private static final int AUX_HEAT = 1059;
    private static final int LAST_DEFROST = 1119;
    private static final int ELECTRICITY_HEATING = 1136;
    private static final int ELECTRICITY_HOT_WATER = 1137;
    private static final int ELECTRICITY_POOL = 1138;
    private static final int ELECTRICITY_COOLING = 1139;
    private static final int AUX_HEAT_CONTINUED = 1140;

    /** One day's figures from the polls of that day and the first poll of the next. */
    record Day(
            double heatKwh,
            double electricityKwh,
            int starts,
            double compressorHours,
            double heatingHours,
            double hotWaterHours,
            double outdoorMean,
            int defrosts,
            int defrostPolls,
            double lockedHours) {

        double cop() {
            return heatKwh / electricityKwh;
        }

        double meanRunMinutes() {
            return compressorHours * 60 / starts;
        }
    }

    /**
     * The days, the week's first and last poll, and how often a heat meter moved between two polls with the
     * compressor off.
     */
    record Week(List<Day> days, Snapshot first, Snapshot last, int heatWhileIdle) {}

    @Test
    void aWinterWeekOnCurrentFirmwareHasPlausibleDailyFigures() {
        Week week = week(Profile.CURRENT, 42);
        print(Profile.CURRENT, week);
        for (Day day : week.days()) {
            assertThat(day.cop()).as("daily COP").isBetween(2.5, 5.0);
            assertThat(day.starts()).as("starts per day").isBetween(3, 30);
            assertThat(day.heatingHours()).as("hours heating").isPositive();
            assertThat(day.hotWaterHours()).as("hours of hot water").isPositive();
            assertThat(day.heatingHours() + day.hotWaterHours()).isLessThanOrEqualTo(day.compressorHours());
            assertThat(day.lockedHours()).as("hours of the utility's lock").isEqualTo(2.5);
            if (day.outdoorMean() > -4) {
                // colder, the unit runs at its capacity and so for hours, as real ones do
                assertThat(day.meanRunMinutes()).as("mean run, minutes").isBetween(10.0, 120.0);
            }
            if (day.outdoorMean() < 5) {
                assertThat(day.defrosts()).as("defrosts on a cold day").isPositive();
                assertThat(day.defrostPolls()).as("polls in mode 4 (defrost)").isGreaterThanOrEqualTo(day.defrosts());
            }
        }
        assertThat(week.heatWhileIdle()).as("heat meter moves while idle").isZero();
    }

    /**
     * What the model never runs stays put: pool heat C153, the pool and cooling inputs P1138/P1139, and, as it has
     * no backup heater, the heater's heat P1059/P1140 and hours C60.
     */
    @Test
    void countersOfWhatTheModelDoesNotRunStayConstant() {
        Week week = week(Profile.CURRENT, 42);
        for (int calculation : new int[] {HEAT_POOL, AUX_SECONDS}) {
            assertThat(week.last().calculations()[calculation])
                    .as("calculation %d", calculation)
                    .isEqualTo(week.first().calculations()[calculation]);
        }
        for (int parameter : new int[] {AUX_HEAT, ELECTRICITY_POOL, ELECTRICITY_COOLING, AUX_HEAT_CONTINUED}) {
            assertThat(week.last().parameters()[parameter])
                    .as("parameter %d", parameter)
                    .isEqualTo(week.first().parameters()[parameter]);
        }
    }

    /** The brine/water V3.78 unit never defrosts and has neither the defrost time nor the electricity inputs. */
    @Test
    void aBrineWaterWeekOnV378HasHeatButNoDefrostsAndNoElectricityCounters() {
        Week week = week(Profile.BOUNI_V3_78, 42);
        print(Profile.BOUNI_V3_78, week);
        assertThat(week.last().parameters().length)
                .as("V3.78 parameters end before P1119 and P1136")
                .isLessThan(LAST_DEFROST)
                .isLessThan(ELECTRICITY_HEATING);
        for (Day day : week.days()) {
            assertThat(day.heatKwh()).as("heat of a winter day, kWh").isBetween(50.0, 250.0);
            assertThat(day.defrostPolls()).as("polls in mode 4 (defrost)").isZero();
            assertThat(day.starts()).as("starts per day").isBetween(3, 30);
        }
        assertThat(week.heatWhileIdle()).isZero();
    }

    private static void print(Profile profile, Week week) {
        for (int d = 0; d < week.days().size(); d++) {
            Day day = week.days().get(d);
            System.out.printf(
                    "%s, day %d: outdoor %.1f °C, heat %.1f kWh, electricity %.2f kWh, COP %.2f, %d starts,"
                            + " mean run %.1f min, compressor %.1f h (heating %.1f, hot water %.1f), %d defrosts"
                            + " (%d polls in mode 4), lock %.2f h%n",
                    profile.key(),
                    d + 1,
                    day.outdoorMean(),
                    day.heatKwh(),
                    day.electricityKwh(),
                    day.cop(),
                    day.starts(),
                    day.meanRunMinutes(),
                    day.compressorHours(),
                    day.heatingHours(),
                    day.hotWaterHours(),
                    day.defrosts(),
                    day.defrostPolls(),
                    day.lockedHours());
        }
    }

    /** Polls every 30 s over seven local days from {@link #WINTER}. */
    private static Week week(Profile profile, long seed) {
        HeatPumpModel model = new HeatPumpModel(profile, seed, WINTER);
        List<Day> days = new ArrayList<>();
        Snapshot weekStart = model.snapshotAt(WINTER);
        Snapshot first = weekStart;
        Snapshot previous = weekStart;
        int heatWhileIdle = 0;
        Set<Integer> defrostTimes = new HashSet<>();
        defrostTimes.add(parameter(first, LAST_DEFROST));
        for (int d = 1; d <= 7; d++) {
            Instant end = WINTER.plus(Duration.ofDays(d));
            double outdoor = 0;
            int polls = 0;
            int defrosts = 0;
            int defrostPolls = 0;
            int lockedPolls = 0;
            for (Instant t = WINTER.plus(Duration.ofDays(d - 1)); t.isBefore(end); t = t.plus(POLL)) {
                Snapshot s = model.snapshotAt(t);
                outdoor += s.calculations()[OUTDOOR] / 10.0;
                polls++;
                defrosts += defrostTimes.add(parameter(s, LAST_DEFROST)) ? 1 : 0;
                defrostPolls += s.calculations()[OPERATING_MODE] == 4 ? 1 : 0;
                lockedPolls += s.calculations()[EVU_UNLOCKED] == 0 ? 1 : 0;
                boolean idle = previous.calculations()[COMPRESSOR] == 0 && s.calculations()[COMPRESSOR] == 0;
                heatWhileIdle +=
                        idle && (delta(previous, s, HEAT_HEATING) != 0 || delta(previous, s, HEAT_HOT_WATER) != 0)
                                ? 1
                                : 0;
                previous = s;
            }
            Snapshot last = model.snapshotAt(end);
            days.add(new Day(
                    (delta(first, last, HEAT_HEATING) + delta(first, last, HEAT_HOT_WATER)) / 10.0,
                    (parameter(last, ELECTRICITY_HEATING)
                                    - parameter(first, ELECTRICITY_HEATING)
                                    + parameter(last, ELECTRICITY_HOT_WATER)
                                    - parameter(first, ELECTRICITY_HOT_WATER))
                            / 100.0,
                    delta(first, last, STARTS),
                    delta(first, last, COMPRESSOR_SECONDS) / 3600.0,
                    delta(first, last, HEATING_SECONDS) / 3600.0,
                    delta(first, last, HOT_WATER_SECONDS) / 3600.0,
                    outdoor / polls,
                    defrosts,
                    defrostPolls,
                    lockedPolls * POLL.toSeconds() / 3600.0));
            first = last;
        }
        return new Week(days, weekStart, first, heatWhileIdle);
    }

    private static int delta(Snapshot first, Snapshot last, int calculation) {
        return last.calculations()[calculation] - first.calculations()[calculation];
    }

    /** A parameter's raw value, or -1 where this firmware's array ends before it. */
    private static int parameter(Snapshot s, int index) {
        return index < s.parameters().length ? s.parameters()[index] : -1;
    }
}
