package it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class HealthIT {

    @BeforeAll
    static void server() {
        TestServer.shared();
    }

    @Test
    void startedAndLiveAnswerUp() {
        assertThat(Http.get("health/started").statusCode()).isEqualTo(200);
        assertThat(Http.get("health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void readinessSaysTheDataIsSimulated() {
        var response = Http.get("health/ready");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"simulated\":true", "\"database\"");
    }

    @Test
    void publishesOpenApiAndMetrics() {
        assertThat(Http.get("openapi").body()).contains("lux-logger");
        assertThat(Http.get("metrics").statusCode()).isEqualTo(200);
    }
}
