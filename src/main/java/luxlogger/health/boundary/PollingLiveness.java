package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import luxlogger.readings.boundary.Poller;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN only when the polling loop is stuck: no poll started for longer than the slowest possible poll
 * (every attempt timing out, with all backoff waits) plus an interval. A controller that is offline or a
 * database that is full is no reason to restart the logger, so those stay readiness matters.
 */
@Liveness
@ApplicationScoped
public class PollingLiveness implements HealthCheck {

    @Inject
    Poller poller;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("polling-loop");
        var settings = poller.settings();
        if (settings == null) {
            return response.up().withData("state", "not polling (see readiness)").build();
        }
        Instant last = poller.lastTick();
        Duration attempts = settings.timeout().plusSeconds(5).multipliedBy(settings.retries() + 1L);
        Duration limit = settings.interval().plus(attempts).plus(Duration.ofSeconds(30L * settings.retries() + 30));
        Duration quiet = Duration.between(last, Instant.now());
        response.withData("lastPollStarted", last.toString());
        return quiet.compareTo(limit) > 0
                ? response.down().withData("problem", "no poll started for " + quiet.toSeconds() + " s").build()
                : response.up().build();
    }
}
