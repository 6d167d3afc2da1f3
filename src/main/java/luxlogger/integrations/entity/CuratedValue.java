package luxlogger.integrations.entity;

import java.util.Objects;
import luxlogger.luxtronik.entity.Field;

/**
 * One heat-pump value lux-logger hands on, a row of {@code integrations/values.tsv}: which field of the catalog, its
 * name and type in Prometheus, and how Home Assistant shows it.
 *
 * @param metric the Prometheus name, in base units ({@link BaseUnit}), e.g. {@code luxtronik_flow_temperature_celsius}
 * @param component Home Assistant's MQTT component: {@code sensor} or {@code binary_sensor}
 * @param deviceClass Home Assistant's device class, empty for none
 * @param stateClass Home Assistant's state class ({@code measurement}, {@code total_increasing}), empty for none
 * @param unit the unit of the decoded value as Home Assistant spells it (°C, bar, L/h, kWh), empty for none
 * @param label a short English name
 */
public record CuratedValue(
        Field field,
        String metric,
        MetricType type,
        String component,
        String deviceClass,
        String stateClass,
        String unit,
        String label) {

    public CuratedValue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(deviceClass, "deviceClass");
        Objects.requireNonNull(stateClass, "stateClass");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
    }

    /** True for an on/off state ({@code binary_sensor} in Home Assistant, 0 or 1 in Prometheus). */
    public boolean binary() {
        return component.equals("binary_sensor");
    }
}
