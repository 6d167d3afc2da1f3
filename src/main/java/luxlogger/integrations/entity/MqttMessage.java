package luxlogger.integrations.entity;

/**
 * One message to publish.
 *
 * @param retained whether the broker keeps it for subscribers that come later (Home Assistant after a restart)
 */
public record MqttMessage(String topic, String payload, boolean retained) {}
