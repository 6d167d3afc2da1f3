package luxlogger.integrations.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import luxlogger.integrations.entity.BaseUnit;
import luxlogger.integrations.entity.CuratedValue;
import luxlogger.integrations.entity.MetricType;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.FieldType;
import luxlogger.luxtronik.entity.TabFile;

/**
 * The curated heat-pump values of {@code integrations/values.tsv}, read once and checked against the catalog: a row
 * whose field, name, type or unit does not fit fails the load with its line, so a mistake in the table never reaches
 * Prometheus or Home Assistant.
 */
public final class CuratedValues {

    public static final String RESOURCE = "/integrations/values.tsv";

    private static final Pattern NAME = Pattern.compile("luxtronik_[a-z][a-z0-9_]*");
    private static final Set<String> COMPONENTS = Set.of("sensor", "binary_sensor");
    private static final Set<String> STATE_CLASSES = Set.of("", "measurement", "total", "total_increasing");

    private CuratedValues() {}

    /** The shipped table, in its order, checked against the standard catalog. */
    public static List<CuratedValue> standard() {
        return Standard.VALUES;
    }

    private static final class Standard {
        static final List<CuratedValue> VALUES = read(RESOURCE, TabFile.rows(RESOURCE), Catalog.standard());
    }

    /**
     * @param source where the rows come from, for messages
     * @param rows the table's rows, split at tabs
     * @throws IllegalArgumentException naming the first row that does not fit, and why
     */
    static List<CuratedValue> read(String source, List<String[]> rows, Catalog catalog) {
        List<CuratedValue> values = new ArrayList<>();
        Set<String> metrics = new HashSet<>();
        for (String[] cells : rows) {
            CuratedValue value;
            try {
                value = parse(cells, catalog);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", row " + String.join(" ", cells) + ": " + e.getMessage());
            }
            if (!metrics.add(value.metric())) {
                throw new IllegalArgumentException(source + ": metric " + value.metric() + " is named twice");
            }
            values.add(value);
        }
        return List.copyOf(values);
    }

    private static CuratedValue parse(String[] cells, Catalog catalog) {
        if (cells.length != 8) {
            throw new IllegalArgumentException("8 columns expected, not " + cells.length);
        }
        Field field = catalog.field(cells[0])
                .filter(f -> f.type() != FieldType.UNKNOWN)
                .orElseThrow(() -> new IllegalArgumentException("no decoded field " + cells[0] + " in the catalog"));
        String metric = cells[1];
        MetricType type = MetricType.valueOf(cells[2].toUpperCase(Locale.ROOT));
        var value = new CuratedValue(field, metric, type, cells[3], cells[4], cells[5], cells[6], cells[7]);
        check(value);
        return value;
    }

    private static void check(CuratedValue value) {
        String metric = value.metric();
        if (!NAME.matcher(metric).matches()) {
            throw new IllegalArgumentException("metric " + metric + " is not luxtronik_ and snake case");
        }
        boolean counter = value.type() == MetricType.COUNTER;
        if (counter != metric.endsWith("_total")) {
            throw new IllegalArgumentException("a counter's name ends in _total, and only a counter's");
        }
        String suffix = BaseUnit.of(value.field().unit())
                .orElseThrow(() -> new IllegalArgumentException(
                        "no base unit for " + value.field().unit()))
                .suffix();
        String bare = counter ? metric.substring(0, metric.length() - "_total".length()) : metric;
        if (!suffix.isEmpty() && !bare.endsWith("_" + suffix)) {
            throw new IllegalArgumentException("metric " + metric + " does not end in its unit " + suffix);
        }
        if (!COMPONENTS.contains(value.component())) {
            throw new IllegalArgumentException("component " + value.component() + " is no sensor or binary_sensor");
        }
        if (value.binary() != (value.field().type() == FieldType.BOOL)) {
            throw new IllegalArgumentException("a binary_sensor is an on/off field, and every on/off field one");
        }
        if (!STATE_CLASSES.contains(value.stateClass())
                || counter != value.stateClass().equals("total_increasing")) {
            throw new IllegalArgumentException("state class " + value.stateClass() + " does not fit a "
                    + value.type().key());
        }
        if (value.label().isBlank()) {
            throw new IllegalArgumentException("no label");
        }
    }
}
