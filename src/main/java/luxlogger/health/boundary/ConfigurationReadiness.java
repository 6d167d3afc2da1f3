package luxlogger.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.luxtronik.entity.ControllerSettings;
import luxlogger.readings.boundary.Controller;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.readings.entity.StorageSettings;
import luxlogger.reports.entity.ReportSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while any component's configuration is unusable, listing every problem; its data also tells simulated
 * from real data.
 */
@Readiness
@ApplicationScoped
public class ConfigurationReadiness implements HealthCheck {

    @Inject
    Configuration configuration;

    @Inject
    Instance<ControllerSettings> controller;

    @Inject
    Instance<Controller.Simulation> simulation;

    @Inject
    Instance<ReadingsSettings> readings;

    @Inject
    Instance<ReportSettings> reports;

    @Inject
    Instance<StorageSettings> storage;

    /** Reads every component's settings as the application starts, so that each bad value is logged at once. */
    void start(@Observes Startup event) {
        readAll();
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("configuration");
        readAll();
        List<String> problems = configuration.problems();
        if (!problems.isEmpty()) {
            return response.down()
                    .withData("problems", String.join("; ", problems))
                    .build();
        }
        ControllerSettings settings = controller.get();
        return response.up()
                .withData(
                        "controller",
                        settings.simulated()
                                ? "simulator (simulated data, not a real heat pump)"
                                : settings.host() + ":" + settings.port())
                .withData("simulated", settings.simulated())
                .withData("intervalSeconds", readings.get().interval().toSeconds())
                .build();
    }

    /** Each read settles a component's problems in the configuration; the settings themselves are cached there. */
    private void readAll() {
        for (Instance<?> settings : List.of(controller, simulation, readings, storage, reports)) {
            try {
                settings.get();
            } catch (InvalidSettingsException e) {
                // kept and logged by the configuration, listed by call()
            }
        }
    }
}
