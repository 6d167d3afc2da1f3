package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bad value stops the logger's start with one clear line, and readiness says why. */
class BadConfigurationIT {

    @Test
    void zeroIntervalStopsStartupNamingTheVariable() throws Exception {
        try (var server = new LibertyProcess("luxBadConfig", Map.of("INTERVAL_SEC", "0", "PORT", "70000"))) {
            server.start();
            String line = server.awaitLog(l -> l.contains("INTERVAL_SEC="), Duration.ofSeconds(60));
            assertThat(line).contains("INTERVAL_SEC='0' is invalid: expected a whole number of seconds from 1 to 86400");
            server.awaitLog(l -> l.contains("PORT='70000' is invalid: expected a TCP port from 1 to 65535"), Duration.ofSeconds(5));

            var ready = server.get("health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"", "INTERVAL_SEC='0' is invalid");
            assertThat(server.get("health/live").statusCode()).isEqualTo(200);
        }
    }
}
