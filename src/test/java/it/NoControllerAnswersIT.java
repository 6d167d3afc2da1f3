package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several controllers and none of them answers: then, and only then, readiness is DOWN, naming each controller
 * with its problem; the logger itself stays live.
 */
class NoControllerAnswersIT {

    @Test
    void readinessIsDownNamingEachControllerWhenNoneAnswers() {
        try (var server = new LibertyProcess(
                        "luxNoneAnswers",
                        Map.of(
                                "CONTROLLERS", "north=simulator,south=simulator",
                                "SIMULATOR_FAULT", "north=refuse,south=hang",
                                "INTERVAL_SEC", "1",
                                "TIMEOUT_SEC", "2",
                                "RETRIES", "0"))
                .withoutData()) {
            Api api = server.start().api();

            JsonObject polling =
                    Await.value("readiness DOWN after a failed poll of each", Duration.ofSeconds(60), () -> {
                        var response = api.get("health/ready");
                        JsonObject check = Api.check(response, "polling");
                        String problem = check.getJsonObject("data").getString("problem", "");
                        // the polling check itself: at the start another check may be DOWN a moment before it
                        return response.statusCode() == 503
                                        && check.getString("status").equals("DOWN")
                                        && !problem.contains("no answer yet")
                                ? check
                                : null;
                    });
            assertThat(polling.getString("status")).isEqualTo("DOWN");
            JsonObject data = polling.getJsonObject("data");
            assertThat(data.getString("problem"))
                    .startsWith("no controller answers: north: no successful poll")
                    .contains("; south: no successful poll", "timed out");
            assertThat(data.getString("controller.north")).startsWith("no successful poll for more than 3 intervals");
            assertThat(data.getString("controller.south")).startsWith("no successful poll for more than 3 intervals");
            assertThat(api.get("health/live").statusCode()).isEqualTo(200);

            assertThat(api.controllers())
                    .extracting(c -> c.getString("name") + " " + c.getString("state"))
                    .containsExactly("north failing", "south failing");
            server.stop();
            assertThat(server.errors()).isEmpty();
        }
    }
}
