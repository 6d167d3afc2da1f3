package luxlogger.integrations.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import luxlogger.integrations.entity.CuratedValue;
import luxlogger.integrations.entity.MetricsSettings;
import luxlogger.integrations.entity.Series;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.readings.control.PollReader;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The heat pumps' values at {@code /metrics}: the curated ones and those of {@code METRICS_FIELDS}, from each
 * controller's newest stored poll. After every commit of a controller's polls its newest poll is read once, in the
 * background, and its values are kept in the registry; a scrape never reads the database nor asks the controller.
 */
@ApplicationScoped
public class HeatPumpMetrics {

    private static final Logger LOG = System.getLogger(HeatPumpMetrics.class.getName());

    @Inject
    MetricRegistry metrics;

    @Inject
    PollReader reader;

    @Resource
    ManagedExecutorService executor;

    private final Decoder decoder = new Decoder(Catalog.standard());
    private volatile List<Series> series = series(List.of());
    private final Map<String, ControllerSeries> controllers = new ConcurrentHashMap<>();
    private final Map<String, AtomicBoolean> pending = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    /** Adds the fields of METRICS_FIELDS to the curated values. */
    public void configure(MetricsSettings settings) {
        series = series(settings.fields());
    }

    /** The series shown for each controller: the curated values, then the other fields asked for. */
    static List<Series> series(List<Field> extra) {
        List<Series> all = new ArrayList<>();
        Set<Field> curated = new HashSet<>();
        for (CuratedValue value : CuratedValues.standard()) {
            all.add(Series.of(value));
            curated.add(value.field());
        }
        extra.stream()
                .filter(field -> !curated.contains(field))
                .map(Series::extra)
                .forEach(all::add);
        return List.copyOf(all);
    }

    /** Polls of a controller were stored: its newest is read once in the background (once, however many commits). */
    public void stored(String controller) {
        AtomicBoolean queued = pending.computeIfAbsent(controller, name -> new AtomicBoolean());
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> refresh(controller, queued));
            } catch (RejectedExecutionException e) {
                // the server stops
                queued.set(false);
            }
        }
    }

    private void refresh(String controller, AtomicBoolean queued) {
        // cleared first: a commit while the poll is read asks for one more read
        queued.set(false);
        try {
            reader.latest(controller)
                    .ifPresent(snapshot -> controllers
                            .computeIfAbsent(controller, name -> new ControllerSeries(metrics, name))
                            .show(series, snapshot, decoder));
            if (failing.remove(controller)) {
                LOG.log(Level.INFO, "The metrics of {0} show its newest poll again", controller);
            }
        } catch (RuntimeException e) {
            if (failing.add(controller)) {
                LOG.log(Level.WARNING, "The metrics of {0} keep an older poll: {1}", controller, e.toString());
            }
        }
    }
}
