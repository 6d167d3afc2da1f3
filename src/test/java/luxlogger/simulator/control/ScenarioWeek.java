package luxlogger.simulator.control;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * A simulated week polled every 30 s, read the way DIAGNOSTICS.md computes its figures from the raw values (scales
 * of ENERGY.md: temperatures and heat 0.1, electricity 0.01 kWh, powers W). Computed here, not with the product's
 * rules, so that the scenarios are checked on their own.
 */
final class ScenarioWeek {

    private static final int POLL = 30;
    private static final int DAYS = 7;
    // calculations (calculations.tsv)
    private static final int FLOW = 10;
    private static final int RETURN = 11;
    private static final int RETURN_TARGET = 12;
    private static final int OUTDOOR = 15;
    private static final int COMPRESSOR = 44;
    private static final int AUX_OUTPUT = 48;
    private static final int COMPRESSOR_SECONDS = 56;
    private static final int STARTS = 57;
    private static final int AUX_SECONDS = 60;
    private static final int RUN_SECONDS = 67;
    private static final int OPERATING_MODE = 80;
    private static final int ERROR_CODES = 100;
    private static final int STATUS_LINE_3 = 119;
    private static final int DISINFECTION = 9;
    private static final int HEAT_HEATING = 151;
    private static final int HEAT_HOT_WATER = 152;
    private static final int FLOW_RATE = 155;
    private static final int HEAT_OUTPUT = 257;
    private static final int POWER_INPUT = 268;
    // parameters (parameters.tsv)
    private static final int HOT_WATER_SETPOINT = 2;
    private static final int AUX_RELEASE = 90;
    private static final int AUX_HEAT = 1059;
    private static final int LAST_DEFROST = 1119;
    private static final int ELECTRICITY_HEATING = 1136;
    private static final int ELECTRICITY_HOT_WATER = 1137;
    private static final int AUX_HEAT_CONTINUED = 1140;

    /** Monday 13 January 2025, 00:00 local time of the simulated site (UTC+1). */
    static final Instant WINTER = Instant.parse("2025-01-12T23:00:00Z");

    private static final Map<Scenario, WeekFigures> WINTER_WEEKS = new EnumMap<>(Scenario.class);

    private ScenarioWeek() {}

    /** The scenario's week from {@link #WINTER} with seed 42, simulated once for all the tests that ask. */
    static synchronized WeekFigures winter(Scenario scenario) {
        return WINTER_WEEKS.computeIfAbsent(scenario, s -> week(s, WINTER, 42));
    }

    static WeekFigures week(Scenario scenario, Instant start, long seed) {
        HeatPumpModel model = new HeatPumpModel(Profile.CURRENT, seed, start, scenario);
        Snapshot first = model.snapshotAt(start);
        Snapshot previous = first;
        double outdoorMin = Double.MAX_VALUE;
        double outdoorMax = -Double.MAX_VALUE;
        double outdoorSum = 0;
        double spreadSum = 0;
        double spreadWeight = 0;
        double flowSum = 0;
        double flowWeight = 0;
        double heatOutput = 0;
        double idealHeat = 0;
        double runningElectricity = 0;
        double coldestMean = Double.MAX_VALUE;
        double coldestFlow = Double.NaN;
        double coldestOutput = Double.NaN;
        int disinfections = 0;
        int defrosts = 0;
        int defrostsAbove6 = 0;
        int auxPollsAbove = 0;
        int auxPollsShort = 0;
        double flowRateSum = 0;
        int heatingPolls = 0;
        int polls = 0;
        Set<Integer> defrostStamps = new HashSet<>(Set.of(first.parameters()[LAST_DEFROST]));
        for (int d = 0; d < DAYS; d++) {
            double dayOutdoor = 0;
            double dayFlow = 0;
            double dayWeight = 0;
            int dayPolls = 0;
            // a defrost may interrupt a disinfection run: count days with one
            boolean disinfecting = false;
            Snapshot dayStart = previous;
            Instant end = start.plus(Duration.ofDays(d + 1));
            for (Instant t = start.plus(Duration.ofDays(d)).plusSeconds(POLL);
                    !t.isAfter(end);
                    t = t.plusSeconds(POLL)) {
                Snapshot s = model.snapshotAt(t);
                int[] c = s.calculations();
                int[] p = s.parameters();
                double outdoor = c[OUTDOOR] / 10.0;
                double flow = c[FLOW] / 10.0;
                dayOutdoor += outdoor;
                dayPolls++;
                outdoorMin = Math.min(outdoorMin, outdoor);
                outdoorMax = Math.max(outdoorMax, outdoor);
                boolean running = c[COMPRESSOR] == 1;
                if (running && c[OPERATING_MODE] == 0) {
                    flowRateSum += c[FLOW_RATE];
                    heatingPolls++;
                    auxPollsShort += c[AUX_OUTPUT] == 1 && c[RETURN] < c[RETURN_TARGET] ? 1 : 0;
                    dayFlow += flow * c[HEAT_OUTPUT];
                    dayWeight += c[HEAT_OUTPUT];
                    if (c[RUN_SECONDS] >= 300) {
                        spreadSum += (flow - c[RETURN] / 10.0) * c[HEAT_OUTPUT];
                        spreadWeight += c[HEAT_OUTPUT];
                    }
                }
                if (running) {
                    double carnot = (flow + 2 + 273.15) / ((flow + 2) - (outdoor - 6));
                    heatOutput += c[HEAT_OUTPUT];
                    idealHeat += c[POWER_INPUT] * carnot;
                    runningElectricity += c[POWER_INPUT] * POLL / 3.6e6;
                }
                disinfecting |= c[STATUS_LINE_3] == DISINFECTION;
                if (defrostStamps.add(p[LAST_DEFROST])) {
                    defrosts++;
                    defrostsAbove6 += outdoor > 6 ? 1 : 0;
                }
                if (c[AUX_OUTPUT] == 1 && c[OUTDOOR] > p[AUX_RELEASE]) {
                    auxPollsAbove++;
                }
                previous = s;
            }
            disinfections += disinfecting ? 1 : 0;
            flowSum += dayFlow;
            flowWeight += dayWeight;
            outdoorSum += dayOutdoor;
            polls += dayPolls;
            if (dayOutdoor / dayPolls < coldestMean) {
                coldestMean = dayOutdoor / dayPolls;
                coldestFlow = dayFlow / dayWeight;
                coldestOutput = (delta(dayStart, previous, HEAT_HEATING) + delta(dayStart, previous, HEAT_HOT_WATER))
                        / 10.0
                        / 24;
            }
        }
        Snapshot last = previous;
        double heat = (delta(first, last, HEAT_HEATING) + delta(first, last, HEAT_HOT_WATER)) / 10.0;
        double hotWaterElectricity = parameterDelta(first, last, ELECTRICITY_HOT_WATER) / 100.0;
        double heatingElectricity = parameterDelta(first, last, ELECTRICITY_HEATING) / 100.0;
        double electricity = heatingElectricity + hotWaterElectricity;
        double auxHeat =
                (parameterDelta(first, last, AUX_HEAT) + parameterDelta(first, last, AUX_HEAT_CONTINUED)) / 10.0;
        double standby = electricity - runningElectricity - auxHeat;
        int starts = delta(first, last, STARTS);
        boolean errors = false;
        for (int i = 0; i < 5; i++) {
            errors |= delta(first, last, ERROR_CODES + i) != 0;
        }
        return new WeekFigures(
                outdoorMin,
                outdoorSum / polls,
                outdoorMax,
                starts / (double) DAYS,
                delta(first, last, COMPRESSOR_SECONDS) / 60.0 / starts,
                spreadSum / spreadWeight,
                flowRateSum / heatingPolls,
                flowSum / flowWeight,
                coldestFlow,
                coldestOutput,
                100 * heatOutput / idealHeat,
                heat / electricity,
                delta(first, last, HEAT_HEATING) / 10.0 / heatingElectricity,
                100 * hotWaterElectricity / electricity,
                delta(first, last, HEAT_HOT_WATER) / 10.0 / hotWaterElectricity,
                last.parameters()[HOT_WATER_SETPOINT] / 10.0,
                disinfections,
                defrosts,
                defrostsAbove6,
                delta(first, last, AUX_SECONDS) / 3600.0,
                auxPollsAbove * POLL / 3600.0,
                auxPollsShort * POLL / 3600.0,
                100 * auxHeat / electricity,
                standby,
                heat / (electricity - standby) - heat / electricity,
                parameterDelta(first, last, AUX_HEAT) == 0,
                errors);
    }

    private static int delta(Snapshot first, Snapshot last, int calculation) {
        return last.calculations()[calculation] - first.calculations()[calculation];
    }

    private static int parameterDelta(Snapshot first, Snapshot last, int parameter) {
        return last.parameters()[parameter] - first.parameters()[parameter];
    }
}
