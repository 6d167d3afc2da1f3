package luxlogger.integrations.control;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The part of MicroProfile's metric registry the heat-pump metrics use, in memory: what a scrape would show, by
 * metric name and controller ({@code name{controller}}).
 */
final class MemoryRegistry {

    private final Map<String, Function<Object, Number>> gauges = new TreeMap<>();
    private final Map<String, Object> owners = new TreeMap<>();
    private final Map<String, Count> counters = new TreeMap<>();
    private final Map<String, String> help = new TreeMap<>();
    /** Counters created, so that a test sees a reset as a new one. */
    int countersCreated;
    /** Runs after each gauge's registration: a scrape that comes while the metrics are updated. */
    Runnable onGauge = () -> {};

    final MetricRegistry registry = (MetricRegistry) Proxy.newProxyInstance(
            MetricRegistry.class.getClassLoader(), new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "gauge" -> {
                        String key = key(((Metadata) args[0]).getName(), (Tag[]) args[3]);
                        help.put(key, ((Metadata) args[0]).getDescription());
                        owners.put(key, args[1]);
                        @SuppressWarnings("unchecked")
                        var function = (Function<Object, Number>) args[2];
                        gauges.put(key, function);
                        onGauge.run();
                        return null;
                    }
                    case "counter" -> {
                        String key = key(((Metadata) args[0]).getName(), (Tag[]) args[1]);
                        help.put(key, ((Metadata) args[0]).getDescription());
                        countersCreated++;
                        return counters.computeIfAbsent(key, k -> new Count());
                    }
                    case "remove" -> {
                        MetricID id = (MetricID) args[0];
                        String key = key(id.getName(), id.getTagsAsArray());
                        gauges.remove(key);
                        owners.remove(key);
                        return counters.remove(key) != null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }
            });

    /** What a scrape would show now: each series and its value. */
    Map<String, Double> scrape() {
        Map<String, Double> series = new TreeMap<>();
        gauges.forEach((key, function) ->
                series.put(key, function.apply(owners.get(key)).doubleValue()));
        counters.forEach((key, counter) -> series.put(key, (double) counter.getCount()));
        return series;
    }

    String help(String key) {
        return help.get(key);
    }

    private static String key(String name, Tag[] tags) {
        StringBuilder key = new StringBuilder(name).append('{');
        for (Tag tag : tags) {
            key.append(tag.getTagValue());
        }
        return key.append('}').toString();
    }

    private static final class Count implements Counter {
        private long count;

        @Override
        public void inc() {
            count++;
        }

        @Override
        public void inc(long n) {
            if (n < 0) {
                throw new IllegalArgumentException("a counter never goes down: " + n);
            }
            count += n;
        }

        @Override
        public long getCount() {
            return count;
        }
    }
}
