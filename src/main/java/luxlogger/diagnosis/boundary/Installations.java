package luxlogger.diagnosis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.diagnosis.entity.InstallationSettings;
import luxlogger.luxtronik.entity.Controllers;

/**
 * The installation settings (HEATPUMP_SOURCE, RATED_OUTPUT_KW and their per-controller forms): produced for the
 * health report, and read at start so that a bad value is named in the log and by readiness like every other.
 */
@ApplicationScoped
public class Installations {

    @Inject
    Configuration configuration;

    @Produces
    static InstallationSettings settings(Configuration configuration) {
        return configuration.settings(
                InstallationSettings.class, reader -> InstallationSettings.from(reader, names(configuration)));
    }

    /**
     * The controllers whose per-controller forms are read; none while CONTROLLERS or HOST is itself unusable,
     * which readiness names already (nothing is polled then).
     */
    private static List<String> names(Configuration configuration) {
        try {
            return configuration.settings(Controllers.class, Controllers::from).names();
        } catch (InvalidSettingsException e) {
            return List.of();
        }
    }

    void start(@Observes Startup event) {
        try {
            settings(configuration);
        } catch (InvalidSettingsException e) {
            configuration.reject(e);
        }
    }
}
