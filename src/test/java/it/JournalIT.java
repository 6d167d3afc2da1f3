package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import luxlogger.simulator.control.Profile;
import luxlogger.simulator.control.SimulatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event journal end to end: a real server polls a simulated heat pump over the real protocol while the test
 * injects an error, a switch-off, a setting change, a defrost and a controller restart; every event appears once,
 * counters, clocks and histories that move at every poll are never setting changes, and a restart of the logger
 * doubles nothing and shows as its own downtime.
 */
class JournalIT {

    /** P11, the heating curve's end point, a setting an installer changes at the controller. */
    private static final int CURVE_END = 11;

    @TempDir
    Path folder;

    @Test
    void everyKindOfEventIsJournaledOnceThroughTheRealProtocol() throws Exception {
        try (var heatPump = HeatPump.start(SimulatorOptions.of(Profile.CURRENT).withSpeed(60));
                var server = new LibertyProcess(
                        "luxJournal",
                        heatPump.serverEnvironment(
                                "INTERVAL_SEC", "1",
                                "TIMEOUT_SEC", "5",
                                "RETRIES", "0",
                                "CSV_TIME", "00:00",
                                "TZ", "UTC",
                                "CACHE_PATH", folder.resolve("luxlogger.db").toString(),
                                "OUTPUT_DIRS", folder.resolve("reports").toString()))) {
            Api api = server.start().api();
            api.awaitFirstPoll();
            int curveEnd = heatPump.snapshot().parameters()[CURVE_END];

            heatPump.error(718);
            heatPump.switchOff(7);
            heatPump.parameter(CURVE_END, curveEnd + 20);
            heatPump.defrost();

            events(api, "error", e -> e.getInt("code") == 718);
            events(api, "switch-off", e -> e.getInt("code") == 7);
            JsonObject change = events(
                            api, "setting-change", e -> e.getString("subject").equals("ID_Einst_HzHwHKE_akt"))
                    .get(0);
            assertThat(change.getString("text")).contains(" -> ").contains("°C");
            events(api, "defrost", e -> true);
            events(api, "compressor-run", e -> true);

            // the simulator moves counters, heat meters, hours, the defrost time and the switch-off file at every
            // poll: none of them is a setting
            assertThat(all(api, "setting-change"))
                    .extracting(e -> e.getString("subject"))
                    .containsExactly("ID_Einst_HzHwHKE_akt");
            assertThat(api.metric("luxlogger_controller_errors_total", "controller=\"heatpump\""))
                    .isEqualTo(1.0);
            assertThat(api.get("health/ready").body()).contains("\"errors\":1");

            // the controller is cut off for a few seconds, then boots
            heatPump.restart(Duration.ofSeconds(4));
            events(api, "unreachable", e -> true);
            events(api, "controller-restart", e -> true);

            // the logger itself is down for a while: its own gap, and nothing twice afterwards
            server.stop();
            Thread.sleep(5_000);
            server.start();
            events(api, "logger-down", e -> true);
            assertThat(all(api, "error")).hasSize(1);
            assertThat(all(api, "switch-off").stream().filter(e -> e.getInt("code") == 7))
                    .hasSize(1);
            assertThat(all(api, "setting-change")).hasSize(1);

            // the daily report of the day (CSV_TIME 00:00, due at the first start) has the journal beside it
            try (var files = Files.list(folder.resolve("reports/daily"))) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("_events.csv"));
            }
            assertThat(server.errors()).isEmpty();
        }
    }

    /** Awaits events of a kind of which one matches; returns those that match. */
    private static List<JsonObject> events(Api api, String kind, java.util.function.Predicate<JsonObject> match) {
        return Await.value("a " + kind + " event", Duration.ofSeconds(90), () -> {
            List<JsonObject> found = all(api, kind).stream().filter(match).toList();
            return found.isEmpty() ? null : found;
        });
    }

    private static List<JsonObject> all(Api api, String kind) {
        var response = api.get(
                "api/events?kind=" + kind + "&size=1000&from=" + Instant.now().minusSeconds(3_600));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response).getJsonArray("events").getValuesAs(JsonObject.class);
    }
}
