package luxlogger.integrations.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Field;

/**
 * What {@code /metrics} shows beside the curated values.
 *
 * @param fields the fields of {@code METRICS_FIELDS} that have numbers, in catalog order
 */
public record MetricsSettings(List<Field> fields) {

    public MetricsSettings {
        fields = List.copyOf(fields);
    }

    /**
     * Reads {@code metrics.fields} ({@code METRICS_FIELDS}): names or {@code *} patterns of catalog fields,
     * comma-separated, by default none. Each must match at least one field with a number (text such as the firmware
     * or an IP address has no metric).
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming the variable and the patterns that fail
     */
    public static MetricsSettings from(SettingsReader reader) {
        String value = reader.text("metrics.fields");
        Set<Field> fields = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        for (String pattern : value.split(",")) {
            if (pattern.isBlank()) {
                continue;
            }
            List<Field> numbers = matches(pattern);
            if (numbers.isEmpty()) {
                unmatched.add("'" + pattern.strip() + "'");
            }
            fields.addAll(numbers);
        }
        if (!unmatched.isEmpty()) {
            reader.problem(
                    "metrics.fields",
                    value,
                    "names or * patterns of fields with numbers, comma-separated (" + String.join(", ", unmatched)
                            + (unmatched.size() == 1 ? " matches" : " match") + " none)");
        }
        return reader.valid(
                new MetricsSettings(fields.stream().sorted(Catalog.ORDER).toList()));
    }

    private static List<Field> matches(String pattern) {
        try {
            return Catalog.standard().select(List.of(pattern)).stream()
                    .filter(Series::numeric)
                    .toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
