package luxlogger.integrations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.integrations.control.HeatPumpMetrics;
import luxlogger.integrations.entity.MetricsSettings;
import luxlogger.readings.entity.PollsStored;

/**
 * When the heat-pump metrics change: at start the fields of METRICS_FIELDS are added (a bad value is named, as every
 * other setting, and only the curated values are shown); after every commit of polls the newest is shown.
 */
@ApplicationScoped
public class MetricsTriggers {

    @Inject
    HeatPumpMetrics metrics;

    @Inject
    Configuration configuration;

    void start(@Observes Startup event) {
        try {
            metrics.configure(configuration.settings(MetricsSettings.class, MetricsSettings::from));
        } catch (InvalidSettingsException e) {
            configuration.reject(e);
        }
    }

    void stored(@Observes PollsStored polls) {
        metrics.stored(polls.controller());
    }
}
