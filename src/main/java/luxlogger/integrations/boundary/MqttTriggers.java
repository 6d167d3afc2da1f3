package luxlogger.integrations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.integrations.control.MqttPublishers;
import luxlogger.integrations.entity.MqttSettings;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.readings.entity.PollsStored;
import luxlogger.readings.entity.ReadingsSettings;

/**
 * When MQTT publishing starts (with the application, when {@code MQTT_URL} is set and every setting it needs is
 * usable), learns of stored polls (after every commit) and stops (with the application). Each only hands over to
 * {@link MqttPublishers}. A bad MQTT setting is logged and listed by readiness, as any other: nothing is published
 * then, and polling goes on.
 */
@ApplicationScoped
public class MqttTriggers {

    @Inject
    MqttPublishers publishers;

    @Inject
    Instance<MqttSettings> settings;

    @Inject
    Instance<Controllers> controllers;

    @Inject
    Instance<ReadingsSettings> readings;

    @Produces
    static MqttSettings settings(Configuration configuration, Instance<Controllers> controllers) {
        return configuration.settings(MqttSettings.class, reader -> MqttSettings.from(reader, count(controllers)));
    }

    /** How many controllers are polled; one while their settings are unusable (which stops polling anyway). */
    private static int count(Instance<Controllers> controllers) {
        try {
            return controllers.get().all().size();
        } catch (InvalidSettingsException e) {
            return 1;
        }
    }

    void start(@Observes Startup event) {
        try {
            MqttSettings mqtt = settings.get();
            if (mqtt.enabled()) {
                Controllers all = controllers.get();
                publishers.start(
                        mqtt, all.names(), all.instance(), readings.get().interval());
            }
        } catch (InvalidSettingsException e) {
            // logged once and listed by readiness by the configuration
        }
    }

    void stored(@Observes PollsStored polls) {
        publishers.stored(polls);
    }

    void stop(@Observes Shutdown event) {
        publishers.stop();
    }
}
