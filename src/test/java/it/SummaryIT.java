package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import luxlogger.readings.control.SpillFile;
import luxlogger.readings.control.StandaloneStore;
import luxlogger.readings.entity.ControllerPoll;
import luxlogger.simulator.control.HeatPumpModel;
import luxlogger.simulator.control.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The energy summary of a simulated week, end to end: the week's polls of two simulated heat pumps (air/water
 * with electricity counters, and brine/water V3.78 without) are stored at their simulated times through the
 * product's own store; a real server is started on that database and asked. Polls of a day that arrive late
 * (from a spill file replayed at the next start) change that day's summary.
 */
class SummaryIT {

    private static final Duration POLL = Duration.ofSeconds(30);
    /** The last eight whole days before today (UTC): the week the daily summary file covers. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static final LocalDate FIRST = TODAY.minusDays(8);
    /** Six hours of this day reach the database only through the spill file. */
    private static final LocalDate LATE_DAY = TODAY.minusDays(5);

    private static final Instant LATE_FROM = LATE_DAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
    private static final Instant LATE_TO = LATE_DAY.atTime(18, 0).toInstant(ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aSimulatedWeekGivesDailyCopsOfAWinterAirHeatPumpAndEmptyElectricityWithoutCounters() throws Exception {
        Path database = folder.resolve("luxlogger.db");
        List<ControllerPoll> late = store(database);
        Map<String, String> env = Map.of(
                "HOST", "simulator",
                "CONTROLLER_NAME", "heatpump",
                "TZ", "UTC",
                "CSV_TIME", "00:00",
                "CACHE_PATH", database.toString(),
                "OUTPUT_DIRS", folder.resolve("reports").toString(),
                "INTERVAL_SEC", "30");
        try (var server = new LibertyProcess("luxSummary", env)) {
            Api api = server.start().api();
            String week = "from=" + FIRST + "&to=" + TODAY;
            List<JsonObject> days = rows(api, "api/summary?" + week);
            assertThat(days).hasSize(8);
            for (JsonObject day : days) {
                boolean spilled = day.getString("label").equals(LATE_DAY.toString());
                assertThat(day.getInt("samples")).as(day.toString()).isBetween(spilled ? 2_150 : 2_870, 2_881);
                assertThat(number(day, "factorTotal")).as(day.toString()).isBetween(2.5, 5.0);
                assertThat(number(day, "heatTotal")).isPositive();
                assertThat(day.getInt("compressorStarts")).isPositive();
            }
            // the figures a user sees, for the record of the test run
            days.forEach(day -> System.out.printf(
                    "SummaryIT %s heat %.1f kWh, electricity %.1f kWh, COP %.2f, starts %d, mean run %.0f min, defrosts %d%n",
                    day.getString("label"),
                    number(day, "heatTotal"),
                    number(day, "electricTotal"),
                    number(day, "factorTotal"),
                    day.getInt("compressorStarts"),
                    number(day, "meanRunMinutes"),
                    day.getInt("defrosts")));
            JsonObject lateDay = days.get(3);
            assertThat(lateDay.getString("label")).isEqualTo(LATE_DAY.toString());
            assertThat(number(lateDay, "coverage")).isBetween(74.0, 76.0);
            assertThat(lateDay.getInt("partialDays")).isEqualTo(1);
            double heatAcrossTheGap = number(lateDay, "heatTotal");
            double lockSeen = number(lateDay, "utilityLockHours");

            // a month's performance factor is its heat over its electricity
            List<JsonObject> months = rows(api, "api/summary?period=month&" + week);
            double heat =
                    months.stream().mapToDouble(m -> number(m, "heatTotal")).sum();
            double electricity =
                    months.stream().mapToDouble(m -> number(m, "electricTotal")).sum();
            // months are whole: today's polls of the running server are in this one too
            List<JsonObject> monthDays = rows(
                    api,
                    "api/summary?from=" + FIRST.withDayOfMonth(1) + "&to="
                            + TODAY.plusMonths(1).withDayOfMonth(1));
            assertThat(heat)
                    .isCloseTo(
                            monthDays.stream()
                                    .mapToDouble(d -> number(d, "heatTotal"))
                                    .sum(),
                            within(0.01));
            if (months.size() == 1) {
                assertThat(number(months.get(0), "factorTotal")).isCloseTo(heat / electricity, within(0.001));
            }

            // brine/water on V3.78 counts heat but no electricity: empty, not 0
            List<JsonObject> cellar = rows(api, "api/summary?controller=cellar&" + week);
            assertThat(cellar).hasSize(8).allSatisfy(day -> {
                assertThat(number(day, "heatTotal")).isPositive();
                assertThat(day.get("electricTotal")).isEqualTo(JsonValue.NULL);
                assertThat(day.get("factorTotal")).isEqualTo(JsonValue.NULL);
            });

            assertThat(api.get("api/summary?period=week").statusCode()).isEqualTo(400);
            assertThat(api.get("api/summary?from=yesterday").body()).contains("from='yesterday'");
            assertThat(api.get("api/summary?controller=garage").statusCode()).isEqualTo(404);

            // the daily report of today (CSV_TIME 00:00, due at the start) has the summary beside it
            Path summary = folder.resolve("reports/daily").resolve(TODAY + "_summary.csv");
            Path monthly = folder.resolve("reports/daily").resolve(TODAY + "_summary-monthly.csv");
            // the monthly file is written after the daily one: its months take a moment more
            Await.until(
                    "the summary files", Duration.ofSeconds(60), () -> Files.exists(summary) && Files.exists(monthly));
            List<String> lines = Files.readAllLines(summary);
            assertThat(lines).hasSize(1 + 8);
            assertThat(lines.get(0)).startsWith("period,label,from,to,");
            server.stop();

            // the polls of the afternoon come late, from the spill file, at the next start
            try (var spill = new SpillFile(Path.of(database + ".spill"))) {
                spill.append(late);
            }
            server.start();
            server.awaitLog("Replayed " + late.size() + " polls");
            JsonObject complete = rows(api, "api/summary?from=" + LATE_DAY + "&to=" + LATE_DAY.plusDays(1))
                    .get(0);
            assertThat(number(complete, "coverage")).isGreaterThan(99.0);
            assertThat(complete.getInt("partialDays")).isZero();
            assertThat(complete.getInt("samples")).isBetween(2_870, 2_881);
            // the counters bridged the gap: the heat stays; what is held over time now covers the afternoon too
            assertThat(number(complete, "heatTotal")).isEqualTo(heatAcrossTheGap);
            assertThat(number(complete, "utilityLockHours")).isGreaterThan(lockSeen);
            assertThat(server.errors()).isEmpty();
        }
    }

    /** Stores the week of both heat pumps, except the late afternoon of heatpump, which is returned. */
    private static List<ControllerPoll> store(Path database) throws Exception {
        List<ControllerPoll> late = new ArrayList<>();
        Instant start = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(5));
        try (var standalone = new StandaloneStore(database)) {
            for (var pump : List.of(
                    new Object[] {"heatpump", new HeatPumpModel(Profile.CURRENT, 1, start)},
                    new Object[] {"cellar", new HeatPumpModel(Profile.of("bouni_v3.78"), 2, start)})) {
                String name = (String) pump[0];
                HeatPumpModel model = (HeatPumpModel) pump[1];
                List<ControllerPoll> batch = new ArrayList<>();
                for (Instant time = start; time.isBefore(end); time = time.plus(POLL)) {
                    var poll = new ControllerPoll(name, model.snapshotAt(time));
                    boolean afternoon = !time.isBefore(LATE_FROM) && time.isBefore(LATE_TO);
                    if (afternoon && name.equals("heatpump")) {
                        late.add(poll);
                    } else {
                        batch.add(poll);
                    }
                    if (batch.size() == 500) {
                        standalone.store().store(batch);
                        batch = new ArrayList<>();
                    }
                }
                standalone.store().store(batch);
            }
        }
        return late;
    }

    private static List<JsonObject> rows(Api api, String path) {
        var response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response).getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    private static double number(JsonObject row, String name) {
        assertThat(row.get(name)).as(name + " in " + row).isInstanceOf(JsonNumber.class);
        return row.getJsonNumber(name).doubleValue();
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
