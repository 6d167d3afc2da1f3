package luxlogger.integrations.control;

import java.time.Instant;
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
 * reads what the last {@link #show} left: a gauge reads a number held here, a counter holds its total. A value the
 * poll lacks (older firmware, an empty timestamp) is removed rather than shown as NaN.
 */
final class ControllerSeries {

    static final String POLL_TIME = "luxtronik_poll_timestamp_seconds";

    private final MetricRegistry metrics;
    private final Tag controller;
    private final Map<String, Slot> gauges = new HashMap<>();
    private final Map<String, Counter> counters = new HashMap<>();

    /** The number a gauge shows; kept by this class, so that the registry's reference to it never goes away. */
    private static final class Slot {
        volatile double value;

        double value() {
            return value;
        }
    }

    ControllerSeries(MetricRegistry metrics, String controller) {
        this.metrics = metrics;
        this.controller = new Tag("controller", controller);
    }

    /** Shows the values of one stored poll, and leaves out those it lacks. */
    synchronized void show(List<Series> series, Snapshot snapshot, Decoder decoder) {
        gauge(POLL_TIME, "Time of the stored poll the luxtronik_ values come from", instant(snapshot.time()));
        for (Series one : series) {
            OptionalDouble value =
                    decoder.decode(snapshot, one.field()).map(one::value).orElse(OptionalDouble.empty());
            if (one.type() == MetricType.COUNTER) {
                counter(one, value);
            } else {
                gauge(one.name(), one.help(), value);
            }
        }
    }

    private static OptionalDouble instant(Instant time) {
        return OptionalDouble.of(time.toEpochMilli() / 1000.0);
    }

    private void gauge(String name, String help, OptionalDouble value) {
        Slot slot = gauges.get(name);
        if (value.isEmpty()) {
            if (slot != null) {
                gauges.remove(name);
                metrics.remove(new MetricID(name, controller));
            }
            return;
        }
        if (slot == null) {
            slot = new Slot();
            slot.value = value.getAsDouble();
            metrics.gauge(metadata(name, help), slot, Slot::value, controller);
            gauges.put(name, slot);
        }
        slot.value = value.getAsDouble();
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
