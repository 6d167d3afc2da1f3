package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import luxlogger.readings.boundary.Poller;
import luxlogger.readings.control.Recorder;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN when no poll succeeded for three intervals, or polls pile up because the database refuses them. */
@Readiness
@ApplicationScoped
public class PollingReadiness implements HealthCheck {

    static final int INTERVALS = 3;

    @Inject
    Poller poller;

    @Inject
    Recorder recorder;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("polling");
        var settings = poller.settings();
        if (settings == null) {
            return response.down().withData("problem", "polling not started").build();
        }
        Recorder.Status status = recorder.status();
        Duration allowed = settings.interval().multipliedBy(INTERVALS);
        Instant now = Instant.now();
        Instant since = status.lastSuccess() != null ? status.lastSuccess() : poller.startedAt();
        response.withData("pollsOk", status.ok())
                .withData("pollsFailed", status.failed())
                .withData("pollsRejected", status.rejected())
                .withData("pollsSkipped", status.skipped())
                .withData("buffered", status.buffered())
                .withData("lastSuccess", status.lastSuccess() == null ? "none yet" : status.lastSuccess().toString());
        if (Duration.between(since, now).compareTo(allowed) > 0) {
            return response.down().withData("problem", "no successful poll for more than " + INTERVALS + " intervals ("
                    + allowed.toSeconds() + " s): " + (status.lastProblem() == null ? "no answer yet" : status.lastProblem())).build();
        }
        if (status.databaseFailingSince() != null && Duration.between(status.databaseFailingSince(), now).compareTo(allowed) > 0) {
            return response.down().withData("problem", "polls are not draining into the database since "
                    + status.databaseFailingSince() + " (" + status.buffered() + " buffered)").build();
        }
        return response.up().build();
    }
}
