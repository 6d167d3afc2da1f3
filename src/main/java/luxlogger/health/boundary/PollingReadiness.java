package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import luxlogger.journal.control.Journal;
import luxlogger.readings.boundary.Poller;
import luxlogger.readings.control.FleetHealth;
import luxlogger.readings.control.Recorder;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN when no poll succeeded for a while, or polls pile up because the database refuses them. With several
 * controllers, DOWN only when none of them answers or polls cannot be kept; each controller that fails is named.
 */
@Readiness
@ApplicationScoped
public class PollingReadiness implements HealthCheck {

    @Inject
    Poller poller;

    @Inject
    Journal journal;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("polling");
        FleetHealth fleet = poller.health(Instant.now());
        if (fleet.controllers().size() == 1) {
            figures(response, fleet.controllers().values().iterator().next().figures());
            errors(response, "", fleet.controllers().keySet().iterator().next());
        } else {
            fleet.controllers().forEach((name, health) -> {
                response.withData(
                        "controller." + name,
                        health.ready() ? "ok, last poll " + last(health.figures()) : health.unready());
                errors(response, "controller." + name + ".", name);
            });
        }
        String unready = fleet.unready();
        return unready == null
                ? response.up().build()
                : response.down().withData("problem", unready).build();
    }

    private static void figures(HealthCheckResponseBuilder response, Recorder.Status figures) {
        response.withData("pollsOk", figures.ok())
                .withData("pollsFailed", figures.failed())
                .withData("pollsRejected", figures.rejected())
                .withData("pollsSkipped", figures.skipped())
                .withData("buffered", figures.buffered())
                .withData("lastSuccess", last(figures));
    }

    /** The heat pump's own errors, from the journal: data only, its faults are not the logger's. */
    private void errors(HealthCheckResponseBuilder response, String prefix, String controller) {
        journal.status(controller)
                .ifPresent(status -> response.withData(prefix + "errors", status.errors())
                        .withData(prefix + "lastError", status.lastError() == null ? "none" : status.lastError()));
    }

    private static String last(Recorder.Status figures) {
        return figures.lastSuccess() == null
                ? "none yet"
                : figures.lastSuccess().toString();
    }
}
