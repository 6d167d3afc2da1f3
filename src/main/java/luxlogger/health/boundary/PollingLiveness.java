package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import luxlogger.readings.boundary.Poller;
import luxlogger.readings.control.FleetHealth;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN only when the polling loop is stuck. A controller that is offline or a database that is full is no
 * reason to restart the logger, so those stay readiness matters.
 */
@Liveness
@ApplicationScoped
public class PollingLiveness implements HealthCheck {

    @Inject
    Poller poller;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("polling-loop");
        FleetHealth fleet = poller.health(Instant.now());
        if (!fleet.polling()) {
            return response.up()
                    .withData("state", "not polling (see readiness)")
                    .build();
        }
        if (fleet.controllers().size() == 1) {
            response.withData(
                    "lastPollStarted",
                    fleet.controllers().values().iterator().next().lastTick().toString());
        }
        var stuck = fleet.stuck();
        if (stuck.isEmpty()) {
            return response.up().build();
        }
        response.down();
        if (fleet.controllers().size() == 1) {
            return response.withData("problem", stuck.values().iterator().next())
                    .build();
        }
        stuck.forEach((name, problem) -> response.withData("controller." + name, problem));
        return response.withData("problem", "stuck: " + String.join(", ", stuck.keySet()))
                .build();
    }
}
