package it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad values, and no HOST at all: the application still deploys, logs each problem once in one clear line,
 * polls nothing, and readiness and the API say why.
 */
class BadConfigurationIT {

    @Test
    void badValuesAndNoHostStopPollingNamingEachVariable() throws IOException {
        try (var server = new LibertyProcess("luxBadConfig", Map.of("INTERVAL_SEC", "0", "PORT", "70000")).withoutData()) {
            server.start();
            String line = server.awaitLog(l -> l.contains("INTERVAL_SEC="), Duration.ofSeconds(60));
            assertThat(line).contains("INTERVAL_SEC='0' is invalid: expected a whole number of seconds from 1 to 86400");
            server.awaitLog(l -> l.contains("PORT='70000' is invalid: expected a TCP port from 1 to 65535"), Duration.ofSeconds(5));
            server.awaitLog(l -> l.contains("HOST is not set"), Duration.ofSeconds(5));

            var ready = server.get("health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"", "INTERVAL_SEC='0' is invalid", "PORT='70000' is invalid",
                    "HOST is not set");
            assertThat(server.get("health/live").statusCode()).isEqualTo(200);

            // the API answers in its one error shape, with every problem
            var latest = server.get("api/readings/latest");
            assertThat(latest.statusCode()).isEqualTo(503);
            JsonObject error = Json.createReader(new StringReader(latest.body())).readObject();
            assertThat(error.getString("error")).isEqualTo("invalid configuration");
            assertThat(error.getJsonArray("details").getValuesAs(jakarta.json.JsonString.class))
                    .anySatisfy(detail -> assertThat(detail.getString()).startsWith("HOST is not set"));

            // logged once each, not at every request or health check
            try (var lines = Files.lines(server.messages())) {
                assertThat(lines.filter(l -> l.contains("Invalid configuration: HOST is not set"))).hasSize(1);
            }
            assertThat(server.dir().resolve("data/luxlogger.db.spill")).doesNotExist();
        }
    }
}
