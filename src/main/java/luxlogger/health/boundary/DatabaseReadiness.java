package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.readings.control.Storage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN when the database cannot take a write, proven without writing (SQLite's write lock, PostgreSQL's state). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Storage storage;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try {
            return storage.unwritable()
                    .map(problem -> response.down().withData("problem", problem))
                    .orElseGet(response::up)
                    .build();
        } catch (InvalidSettingsException e) {
            return response.down()
                    .withData("problem", "invalid configuration (see the configuration check)")
                    .build();
        }
    }
}
