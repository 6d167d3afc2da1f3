package it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** What an orchestrator and a monitoring system see of the shared server. */
@MicroShedTest
class HealthIT {

    static Api api;

    @BeforeAll
    static void server() {
        api = SharedServer.api();
    }

    @Test
    void startedAndLiveAnswerUp() {
        assertThat(api.get("health/started").statusCode()).isEqualTo(200);
        assertThat(api.get("health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void readinessSaysTheDataIsSimulated() {
        var response = api.get("health/ready");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"simulated\":true", "\"database\"");
    }

    @Test
    void publishesOpenApiAndMetrics() {
        assertThat(api.get("openapi").body()).contains("lux-logger");
        assertThat(api.get("metrics").statusCode()).isEqualTo(200);
    }
}
