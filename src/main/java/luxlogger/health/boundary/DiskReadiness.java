package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.reports.control.Reports;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while the data volume is fuller than DISK_MAX_PERCENT, even after the oldest reports were deleted. */
@Readiness
@ApplicationScoped
public class DiskReadiness implements HealthCheck {

    @Inject
    Reports reports;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("disk");
        try {
            var disk = reports.disk();
            response.withData("usedPercent", String.format("%.1f", disk.usedPercent())).withData("maxPercent", disk.maxPercent());
            return disk.full() ? response.down().withData("problem", disk.problem()).build() : response.up().build();
        } catch (InvalidSettingsException e) {
            return response.down().withData("problem", "invalid configuration (see the configuration check)").build();
        }
    }
}
