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
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.readings.entity.StorageSettings;
import luxlogger.reports.entity.ReportSettings;
import luxlogger.simulator.control.Simulation;
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
    Instance<Controllers> controllers;

    @Inject
    Instance<Simulation> simulation;

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
        List<NamedController> all = controllers.get().all();
        if (all.size() == 1) {
            response.withData("controller", where(all.get(0)));
        } else {
            all.forEach(controller -> response.withData("controller." + controller.name(), where(controller)));
        }
        return response.up()
                .withData("simulated", all.stream().anyMatch(NamedController::simulated))
                .withData("intervalSeconds", readings.get().interval().toSeconds())
                .build();
    }

    private static String where(NamedController controller) {
        ControllerSettings settings = controller.settings();
        return settings.simulated()
                ? "simulator (simulated data, not a real heat pump)"
                : settings.host() + ":" + settings.port();
    }

    /** Each read settles a component's problems in the configuration; the settings themselves are cached there. */
    private void readAll() {
        for (Instance<?> settings : List.of(controllers, simulation, readings, storage, reports)) {
            try {
                settings.get();
            } catch (InvalidSettingsException e) {
                // kept and logged by the configuration, listed by call()
            }
        }
    }
}
