package bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code /metrics} in the Prometheus text format, looked up by name and labels. */
record Prometheus(List<Prometheus.Sample> samples) {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {}

    static Prometheus parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            if (line.startsWith("#") || !m.find()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            try {
                samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
            } catch (NumberFormatException e) {
                // NaN and friends are spelled like Java's; anything else is not a sample we need
            }
        }
        return new Prometheus(List.copyOf(samples));
    }

    /** The first sample of that name carrying all the given labels ({@code "quantile", "0.5"} …). */
    OptionalDouble value(String name, String... labels) {
        for (Sample sample : samples) {
            if (sample.name().equals(name) && has(sample, labels)) {
                return OptionalDouble.of(sample.value());
            }
        }
        return OptionalDouble.empty();
    }

    /** As {@link #value}, or NaN when the scrape does not have it. */
    double get(String name, String... labels) {
        return value(name, labels).orElse(Double.NaN);
    }

    /** The sum of every sample of that name carrying all the given labels, e.g. over all controllers. */
    double sum(String name, String... labels) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name) && has(sample, labels))
                .mapToDouble(Sample::value)
                .sum();
    }

    private static boolean has(Sample sample, String... labels) {
        for (int i = 0; i + 1 < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
