package luxlogger.integrations.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.FieldType;
import luxlogger.luxtronik.entity.Reading;

/**
 * One heat-pump value as a Prometheus metric: a curated one ({@link CuratedValue}) or a field of {@code
 * METRICS_FIELDS}, whose name is made from the field's: {@code luxtronik_<group>_<name>_<unit>}, lower case, e.g.
 * {@code luxtronik_calculations_id_web_freq_vd_min_hertz}. Its value is the decoded reading in the base unit.
 *
 * @param help the text of the exposition's {@code # HELP} line: the label and the catalog column
 */
public record Series(Field field, String name, MetricType type, String help, BaseUnit unit) {

    /** What promtool's lint takes for an abbreviated unit when it stands between underscores. */
    private static final Set<String> ABBREVIATIONS =
            Set.of("s", "ms", "us", "ns", "sec", "b", "kb", "mb", "gb", "tb", "pb", "m", "h", "d");

    /** Endings that only counters, histograms and summaries may have. */
    private static final Set<String> RESERVED = Set.of("total", "count", "sum", "bucket", "created");

    public static Series of(CuratedValue value) {
        Field field = value.field();
        return new Series(field, value.metric(), value.type(), help(value.label(), field), unitOf(field));
    }

    /** A field of METRICS_FIELDS, always a gauge: the catalog does not say which values only grow. */
    public static Series extra(Field field) {
        BaseUnit unit = unitOf(field);
        String suffix = field.type() == FieldType.TIMESTAMP ? "timestamp_seconds" : unit.suffix();
        StringBuilder name =
                new StringBuilder("luxtronik_").append(field.group().key());
        String last = "";
        for (String part : field.name().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (part.isEmpty()) {
                continue;
            }
            // a part such as "sec" (the SEC module) or "h" joins the one before, so that no lint takes it for a unit
            name.append(ABBREVIATIONS.contains(part) ? "" : "_").append(part);
            last = part;
        }
        if (suffix.isEmpty() && RESERVED.contains(last)) {
            name.append("_value");
        }
        return new Series(field, withUnit(name.toString(), suffix), MetricType.GAUGE, help(field.label(), field), unit);
    }

    /** The name ending in the unit; the part of the unit it ends with already is not repeated (…_timestamp_seconds). */
    static String withUnit(String name, String suffix) {
        if (suffix.isEmpty()) {
            return name;
        }
        String[] parts = suffix.split("_");
        for (int given = parts.length; given > 0; given--) {
            String head = String.join("_", java.util.Arrays.copyOfRange(parts, 0, given));
            if (name.endsWith("_" + head)) {
                String rest = String.join("_", java.util.Arrays.copyOfRange(parts, given, parts.length));
                return rest.isEmpty() ? name : name + "_" + rest;
            }
        }
        return name + "_" + suffix;
    }

    /** True for a field whose values are numbers, states or times; false for text such as the firmware. */
    public static boolean numeric(Field field) {
        return field.type().selection() || !(field.type().decode(1) instanceof String);
    }

    private static BaseUnit unitOf(Field field) {
        return BaseUnit.of(field.unit())
                .orElseThrow(
                        () -> new IllegalArgumentException(field.column() + " has the unknown unit " + field.unit()));
    }

    private static String help(String label, Field field) {
        return label + " (" + field.column() + ")";
    }

    /**
     * The value to expose: numbers in the base unit, on/off as 1/0, states by their raw code, times as Unix seconds;
     * empty when the reading has none (text, or no value such as an empty timestamp), so that the series is left out
     * rather than shown as NaN.
     */
    public OptionalDouble value(Reading reading) {
        Object value = reading.value();
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (field.type().selection()) {
            return OptionalDouble.of(reading.raw());
        }
        if (value instanceof Boolean on) {
            return OptionalDouble.of(on ? 1 : 0);
        }
        if (value instanceof BigDecimal decimal) {
            return OptionalDouble.of(unit.convert(decimal).doubleValue());
        }
        if (value instanceof Integer number) {
            return OptionalDouble.of(unit.convert(BigDecimal.valueOf(number)).doubleValue());
        }
        if (value instanceof Instant time) {
            return OptionalDouble.of(time.getEpochSecond());
        }
        return OptionalDouble.empty();
    }
}
