package luxlogger.integrations.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import luxlogger.integrations.entity.MetricType;
import luxlogger.integrations.entity.Series;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Snapshot;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * One controller's heat-pump values in the application's metric registry, labelled with its name. A scrape only
 * reads what the last {@link #show} left: the gauges read one map of numbers, replaced at once, so that a scrape sees
 * one poll's values and time, never a mix of two; a counter holds its total. A value the poll lacks (older firmware,
 * an empty timestamp) is removed rather than shown as NaN.
 */
final class ControllerSeries {

    static final String POLL_TIME = "luxtronik_poll_timestamp_seconds";

    private final MetricRegistry metrics;
    private final Tag controller;
    /** The gauges' numbers by name, of the poll shown last. */
    private volatile Map<String, Double> shown = Map.of();

    private final Map<String, Counter> counters = new HashMap<>();

    ControllerSeries(MetricRegistry metrics, String controller) {
        this.metrics = metrics;
        this.controller = new Tag("controller", controller);
    }

    /** Shows the values of one stored poll, and leaves out those it lacks. */
    synchronized void show(List<Series> series, Snapshot snapshot, Decoder decoder) {
        Map<String, Double> gauges = new HashMap<>();
        Map<String, String> help = new HashMap<>();
        gauges.put(POLL_TIME, snapshot.time().toEpochMilli() / 1000.0);
        help.put(POLL_TIME, "Time of the stored poll the luxtronik_ values come from");
        for (Series one : series) {
            OptionalDouble value =
                    decoder.decode(snapshot, one.field()).map(one::value).orElse(OptionalDouble.empty());
            if (one.type() == MetricType.COUNTER) {
                counter(one, value);
            } else if (value.isPresent()) {
                gauges.put(one.name(), value.getAsDouble());
                help.put(one.name(), one.help());
            }
        }
        Map<String, Double> before = shown;
        for (String name : before.keySet()) {
            if (!gauges.containsKey(name)) {
                metrics.remove(new MetricID(name, controller));
            }
        }
        shown = Map.copyOf(gauges);
        for (String name : gauges.keySet()) {
            if (!before.containsKey(name)) {
                metrics.gauge(metadata(name, help.get(name)), this, owner -> owner.number(name), controller);
            }
        }
    }

    /** A gauge's number: a gauge is removed before its value goes, and registered after its value came. */
    private double number(String name) {
        return shown.getOrDefault(name, Double.NaN);
    }

    /**
     * A counter of the registry only grows, so it is moved on by the difference to the controller's total; a total
     * that went down (a meter reset, a new controller) starts a new counter, which Prometheus takes as a reset.
     */
    private void counter(Series series, OptionalDouble value) {
        String name = series.name();
        Counter counter = counters.get(name);
        if (counter != null && (value.isEmpty() || Math.round(value.getAsDouble()) < counter.getCount())) {
            counters.remove(name);
            metrics.remove(new MetricID(name, controller));
            counter = null;
        }
        if (value.isEmpty()) {
            return;
        }
        if (counter == null) {
            counter = metrics.counter(metadata(name, series.help()), controller);
            counters.put(name, counter);
        }
        long step = Math.round(value.getAsDouble()) - counter.getCount();
        if (step > 0) {
            counter.inc(step);
        }
    }

    private static Metadata metadata(String name, String help) {
        return Metadata.builder().withName(name).withDescription(help).build();
    }
}
