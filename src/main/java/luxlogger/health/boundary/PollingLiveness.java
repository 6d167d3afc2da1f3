package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import luxlogger.readings.boundary.Poller;
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
        var health = poller.health(Instant.now());
        if (!health.polling()) {
            return response.up()
                    .withData("state", "not polling (see readiness)")
                    .build();
        }
        response.withData("lastPollStarted", health.lastTick().toString());
        return health.live()
                ? response.up().build()
                : response.down().withData("problem", health.stuck()).build();
    }
}
