package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import luxlogger.reports.control.Reports;
import luxlogger.settings.boundary.Configuration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while the data volume is fuller than DISK_MAX_PERCENT, even after the oldest reports were deleted. */
@Readiness
@ApplicationScoped
public class DiskReadiness implements HealthCheck {

    @Inject
    Configuration configuration;

    @Inject
    Reports reports;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("disk");
        return configuration.settings().map(settings -> {
            var cleanup = reports.cleanup(settings);
            double used = cleanup.usedPercent();
            response.withData("usedPercent", String.format("%.1f", used)).withData("maxPercent", cleanup.maxPercent());
            return used > cleanup.maxPercent()
                    ? response.down().withData("problem", String.format("data volume %.1f %% full, above DISK_MAX_PERCENT=%d",
                            used, cleanup.maxPercent())).build()
                    : response.up().build();
        }).orElseGet(() -> response.down().withData("problem", "invalid configuration").build());
    }
}
