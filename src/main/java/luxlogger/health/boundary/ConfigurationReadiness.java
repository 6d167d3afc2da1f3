package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import luxlogger.settings.boundary.Configuration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while the configuration is unusable; its data also tells simulated from real data. */
@Readiness
@ApplicationScoped
public class ConfigurationReadiness implements HealthCheck {

    @Inject
    Configuration configuration;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("configuration");
        var settings = configuration.settings();
        if (settings.isEmpty()) {
            return response.down().withData("problems", String.join("; ", configuration.problems())).build();
        }
        return response.up()
                .withData("controller", settings.get().simulated() ? "simulator (simulated data, not a real heat pump)"
                        : settings.get().host() + ":" + settings.get().port())
                .withData("simulated", settings.get().simulated())
                .withData("intervalSeconds", settings.get().interval().toSeconds())
                .build();
    }
}
