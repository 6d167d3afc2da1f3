package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import luxlogger.readings.boundary.Poller;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN when no poll succeeded for a while, or polls pile up because the database refuses them. */
@Readiness
@ApplicationScoped
public class PollingReadiness implements HealthCheck {

    @Inject
    Poller poller;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("polling");
        var health = poller.health(Instant.now());
        if (health.figures() != null) {
            var figures = health.figures();
            response.withData("pollsOk", figures.ok())
                    .withData("pollsFailed", figures.failed())
                    .withData("pollsRejected", figures.rejected())
                    .withData("pollsSkipped", figures.skipped())
                    .withData("buffered", figures.buffered())
                    .withData(
                            "lastSuccess",
                            figures.lastSuccess() == null
                                    ? "none yet"
                                    : figures.lastSuccess().toString());
        }
        return health.ready()
                ? response.up().build()
                : response.down().withData("problem", health.unready()).build();
    }
}
