package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One logger, three simulated heat pumps: {@code house} (current firmware), {@code annex} (firmware V1.80) and
 * {@code garage}, which takes every request and never answers. The two that answer are polled every second as if
 * the garage were not there, and everything a user sees names its controller.
 */
class SeveralControllersIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** A read of the garage hangs this long, three ticks of the others' grid, before it gives up. */
    private static final int TIMEOUT_SEC = 3;

    private static LibertyProcess server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = new LibertyProcess(
                        "luxSeveral",
                        Map.of(
                                "CONTROLLERS", "house=simulator,annex=simulator,garage=simulator",
                                "SIMULATOR_PROFILE", "annex=coolchip_v1.80",
                                "SIMULATOR_FAULT", "garage=hang",
                                "SIMULATOR_SPEED", "60",
                                "INTERVAL_SEC", "1",
                                "TIMEOUT_SEC", String.valueOf(TIMEOUT_SEC),
                                "RETRIES", "0"))
                .withoutData()
                .start();
        api = server.api();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            // every answer above, the 400s, 404s and 503s included, left no error in the log
            assertThat(server.errors()).isEmpty();
        }
    }

    @Test
    void readinessStaysUpWhileTheGarageFailsAndNamesIt() {
        JsonObject data = Await.value("readiness UP naming the garage as failing", WAIT, () -> {
            var response = api.get("health/ready");
            JsonObject polling = Api.check(response, "polling");
            return response.statusCode() == 200
                            && polling.getJsonObject("data")
                                    .getString("controller.garage")
                                    .startsWith("no successful poll")
                    ? polling.getJsonObject("data")
                    : null;
        });
        assertThat(data.getString("controller.house")).startsWith("ok, last poll 20");
        assertThat(data.getString("controller.annex")).startsWith("ok, last poll 20");
        assertThat(data.getString("controller.garage"))
                .startsWith("no successful poll for more than 3 intervals (3 s)");
        assertThat(api.get("health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void controllersListEachWithItsFirmwareLastPollAndState() {
        Map<String, JsonObject> controllers = Await.value("garage failing after a timed-out read", WAIT, () -> {
            Map<String, JsonObject> byName = byName(api.controllers());
            JsonObject garage = byName.get("garage");
            boolean settled = garage.getString("state").equals("failing")
                    && garage.getInt("pollsFailed") >= 1
                    && !isNull(byName.get("house"), "lastPoll")
                    && !isNull(byName.get("annex"), "lastPoll");
            return settled ? byName : null;
        });
        assertThat(controllers.keySet()).containsExactly("house", "annex", "garage");

        JsonObject house = controllers.get("house");
        JsonObject annex = controllers.get("annex");
        assertThat(house.getString("firmware")).isEqualTo("V3.92.1");
        assertThat(annex.getString("firmware")).isEqualTo("V1.80");
        for (JsonObject answering : List.of(house, annex)) {
            assertThat(answering.getString("state")).isEqualTo("ok");
            assertThat(answering.containsKey("problem")).isFalse();
            assertThat(answering.getBoolean("simulated")).isTrue();
            assertThat(Instant.parse(answering.getString("lastPoll")))
                    .isAfter(Instant.now().minusSeconds(30));
        }

        JsonObject garage = controllers.get("garage");
        assertThat(garage.getString("problem"))
                .startsWith("no successful poll for more than 3 intervals")
                .contains("timed out");
        assertThat(isNull(garage, "firmware")).isTrue();
        assertThat(isNull(garage, "lastPoll")).isTrue();
        assertThat(garage.getInt("pollsOk")).isZero();
    }

    @Test
    void theLatestReadingIsThatOfTheControllerAsked() {
        awaitPoll("house");
        awaitPoll("annex");
        JsonObject house = Api.json(api.get("api/readings/latest?controller=house&fields=ID_WEB_Temperatur_TA"));
        JsonObject annex = Api.json(api.get("api/readings/latest?controller=annex&fields=ID_WEB_Temperatur_TA"));
        assertThat(house.getString("controller")).isEqualTo("house");
        assertThat(house.getString("firmware")).isEqualTo("V3.92.1");
        assertThat(annex.getString("controller")).isEqualTo("annex");
        assertThat(annex.getString("firmware")).isEqualTo("V1.80");

        var garage = api.get("api/readings/latest?controller=garage");
        assertThat(garage.statusCode()).isEqualTo(503);
        assertThat(Api.json(garage).getString("error")).isEqualTo("no poll of garage stored yet");
    }

    @Test
    void withSeveralControllersTheApiAsksWhichOneAndKnowsNoOther() {
        for (var response : List.of(
                api.get("api/readings/latest"),
                api.get("api/readings?fields=ID_WEB_Temperatur_TA"),
                api.post("api/reports?type=daily"))) {
            assertThat(response.statusCode())
                    .as(response.request().uri().toString())
                    .isEqualTo(400);
            assertThat(Api.json(response).getString("error"))
                    .isEqualTo("controller is required with several controllers: one of [house, annex, garage]");
        }
        for (var response : List.of(
                api.get("api/readings/latest?controller=cellar"),
                api.get("api/readings?controller=cellar&fields=ID_WEB_Temperatur_TA"),
                api.post("api/reports?type=daily&controller=cellar"))) {
            assertThat(response.statusCode())
                    .as(response.request().uri().toString())
                    .isEqualTo(404);
            assertThat(Api.json(response).getString("error"))
                    .isEqualTo("no controller named 'cellar'; known: [house, annex, garage]");
        }
    }

    @Test
    void eachControllerHasItsOwnSeries() {
        Instant from = Instant.now().minusSeconds(60);
        awaitPoll("house");
        awaitPoll("annex");
        JsonObject house = series("house", from, Instant.now());
        JsonObject annex = series("annex", from, Instant.now());
        assertThat(house.getString("controller")).isEqualTo("house");
        assertThat(annex.getString("controller")).isEqualTo("annex");
        assertThat(house.getJsonArray("points")).isNotEmpty();
        assertThat(annex.getJsonArray("points")).isNotEmpty();
        assertThat(series("garage", from, Instant.now()).getJsonArray("points")).isEmpty();
    }

    @Test
    void metricsCarryTheControllerLabel() {
        Await.until("a failed poll of the garage counted", WAIT, () -> api.polls("garage", "failed") >= 1);
        Await.until(
                "polls of house and annex counted",
                WAIT,
                () -> api.polls("house", "ok") >= 1 && api.polls("annex", "ok") >= 1);
        assertThat(api.polls("garage", "ok")).isZero();
        assertThat(api.polls("house", "failed")).isZero();
        assertThat(api.metric("luxlogger_last_success_seconds", "controller=\"house\""))
                .isPositive();
        assertThat(api.metric("luxlogger_last_success_seconds", "controller=\"garage\""))
                .isZero();
        assertThat(api.metrics()).contains("luxlogger_poll_duration_seconds_count{controller=\"house\"");
        // the heat pumps' own values, each under its name; none of the garage, which never answered
        Await.until(
                "the heat-pump values of house and annex at /metrics",
                WAIT,
                () -> api.metrics().contains("luxtronik_flow_temperature_celsius{controller=\"house\"")
                        && api.metrics().contains("luxtronik_flow_temperature_celsius{controller=\"annex\""));
        assertThat(api.metrics()).doesNotContain("luxtronik_flow_temperature_celsius{controller=\"garage\"");
    }

    @Test
    void aHangingControllerDelaysNoOther() {
        // from a whole second on, while the garage hangs at least twice in full (each time three ticks of the
        // others): the first of three more failed reads may have begun before
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        double failed = api.polls("garage", "failed");
        Await.until("three more hanging reads of the garage", WAIT, () -> api.polls("garage", "failed") >= failed + 3);
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long ticks = Duration.between(from, to).toSeconds();
        assertThat(ticks).isGreaterThanOrEqualTo(2L * TIMEOUT_SEC);

        for (String controller : List.of("house", "annex")) {
            // a poll that ended just before "to" may still be on its way to the database
            List<Instant> times = Await.value(
                    controller + "'s polls of the " + ticks + " ticks stored", Duration.ofSeconds(10), () -> {
                        List<Instant> stored = times(series(controller, from, to));
                        return stored.size() >= ticks - 1 ? stored : null;
                    });
            // one poll per tick of its grid, none left out (one at the edges may fall outside)
            assertThat(times.stream().map(time -> time.getEpochSecond()).distinct())
                    .as("the seconds of %s's polls", controller)
                    .hasSize(times.size());
            assertThat(times.size())
                    .as("polls of %s in %d ticks", controller, ticks)
                    .isBetween((int) ticks - 1, (int) ticks);
        }
    }

    @Test
    void thePollsInTheDatabaseCarryTheirController() {
        awaitPoll("house");
        awaitPoll("annex");
        Database database = server.database();
        Await.until(
                "polls of house and annex in the database",
                WAIT,
                () -> !database.pollTimes("house").isEmpty()
                        && !database.pollTimes("annex").isEmpty());
        assertThat(database.pollTimes("garage")).isEmpty();
        Map<String, List<String>> firmwares = database.firmwares();
        assertThat(firmwares.keySet()).containsExactlyInAnyOrder("house", "annex", "garage");
        assertThat(firmwares.get("house")).isNotEmpty().containsOnly("V3.92.1");
        assertThat(firmwares.get("annex")).isNotEmpty().containsOnly("V1.80");
        assertThat(firmwares.get("garage")).isEmpty();
    }

    private static void awaitPoll(String controller) {
        Await.until(
                "a poll of " + controller + " stored",
                WAIT,
                () -> api.get("api/readings/latest?fields=ID_WEB_Temperatur_TA&controller=" + controller)
                                .statusCode()
                        == 200);
    }

    private static JsonObject series(String controller, Instant from, Instant to) {
        var response = api.get("api/readings?controller=" + controller + "&fields=ID_WEB_Temperatur_TA&from="
                + encode(from) + "&to=" + encode(to));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static List<Instant> times(JsonObject series) {
        return series.getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .map(point -> Instant.parse(point.getString("time")))
                .toList();
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    private static Map<String, JsonObject> byName(List<JsonObject> controllers) {
        return controllers.stream()
                .collect(Collectors.toMap(
                        c -> c.getString("name"), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static boolean isNull(JsonObject object, String key) {
        return object.get(key) == null || object.get(key) == JsonValue.NULL;
    }
}
