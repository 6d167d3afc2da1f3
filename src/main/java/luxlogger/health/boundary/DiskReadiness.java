package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.reports.control.Cleanup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while the volume of the database or of a report folder is fuller than DISK_MAX_PERCENT, even after the
 * oldest reports were deleted; its problem names the folders and why deleting reports did not help.
 */
@Readiness
@ApplicationScoped
public class DiskReadiness implements HealthCheck {

    @Inject
    Cleanup cleanup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("disk");
        try {
            var disk = cleanup.disk();
            response.withData("usedPercent", String.format(Locale.ROOT, "%.1f", disk.usedPercent()))
                    .withData("maxPercent", disk.maxPercent());
            return disk.full()
                    ? response.down().withData("problem", disk.problem()).build()
                    : response.up().build();
        } catch (InvalidSettingsException e) {
            return response.down()
                    .withData("problem", "invalid configuration (see the configuration check)")
                    .build();
        }
    }
}
