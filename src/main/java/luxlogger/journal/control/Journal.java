package luxlogger.journal.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import luxlogger.journal.control.JournalReader.Page;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.entity.PollsStored;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The controllers' event journals, derived from their stored polls and failed polls (docs/design-13-journal.md):
 * brought up to date after every commit of polls and at startup, each controller by one run at a time on the
 * managed executor, never on the thread that stored the polls. Counts the new errors
 * ({@code luxlogger_controller_errors_total}) and keeps each controller's error figures for readiness.
 */
@ApplicationScoped
public class Journal {

    private static final Logger LOG = System.getLogger(Journal.class.getName());
    static final String ERRORS = "luxlogger.controller.errors";
    /** Rows one read of the events holds at most. */
    private static final int PAGE = 1_000;

    @Inject
    JournalStore store;

    @Inject
    JournalReader reader;

    @Inject
    PollReader polls;

    @Inject
    MetricRegistry metrics;

    @Inject
    Instance<ReadingsSettings> settings;

    @Resource
    ManagedExecutorService executor;

    private final Catalog catalog = Catalog.standard();
    private final Map<String, Track> tracks = new ConcurrentHashMap<>();
    private final Map<String, Status> statuses = new ConcurrentHashMap<>();

    /**
     * A controller's errors, as readiness shows them.
     *
     * @param errors the errors stored that were new when seen (history not counted)
     * @param lastError the newest error, e.g. {@code 2026-01-12T03:14:00Z 718 max. outdoor temp.}; null if none
     */
    public record Status(long errors, String lastError) {}

    /**
     * Registers each controller's error counter and has its journal brought up to date with the first commit of
     * its polls or failed polls. Not at once: until the writer has opened the database, the tables of a new or
     * upgraded one do not exist.
     */
    public void start(List<String> controllers) {
        for (String controller : controllers) {
            counter(controller);
            track(controller).defer(Track.CATCH_UP);
        }
    }

    /** Polls were committed: their controller's journal takes them in, in the background. */
    public void stored(PollsStored polls) {
        schedule(track(polls.controller()), new Track.Span(polls.first(), polls.last()));
    }

    /**
     * Brings a controller's journal up to its newest stored poll and waits for it.
     *
     * @return false when that took longer than {@code wait} or failed: the journal holds what it held
     */
    public boolean catchUp(String controller, Duration wait) {
        Track track = track(controller);
        track.request(Track.CATCH_UP);
        try {
            Future<?> run = executor.submit(() -> drain(track));
            run.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException | RejectedExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A controller's error figures; empty before its journal was first brought up to date. */
    public Optional<Status> status(String controller) {
        return Optional.ofNullable(statuses.get(controller));
    }

    /** One page (from 0) of a controller's events of {@code [from, to)}, of the kinds (all when empty). */
    public Page events(String controller, Instant from, Instant to, Collection<EventKind> kinds, int page, int size) {
        return reader.number(controller)
                .map(number -> reader.page(number, from, to, kinds, page, size))
                .orElse(new Page(0, List.of()));
    }

    /** Every event of a controller of {@code [from, to)}, newest first. */
    public List<JournalEvent> events(String controller, Instant from, Instant to) {
        List<JournalEvent> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<JournalEvent> rows =
                    events(controller, from, to, List.of(), page, PAGE).events();
            all.addAll(rows);
            if (rows.size() < PAGE) {
                return all;
            }
        }
    }

    private Track track(String controller) {
        return tracks.computeIfAbsent(controller, Track::new);
    }

    private void schedule(Track track, Track.Span span) {
        if (track.request(span)) {
            try {
                executor.execute(() -> drain(track));
            } catch (RejectedExecutionException e) {
                // the server stops: the next start catches up
                track.unscheduled();
            }
        }
    }

    /** Runs until no span is pending, holding the controller's lock. */
    private void drain(Track track) {
        track.lock().lock();
        try {
            for (Track.Span span = track.take(); span != null; span = track.take()) {
                run(track, span);
            }
        } finally {
            track.lock().unlock();
        }
    }

    private void run(Track track, Track.Span span) {
        String name = track.name();
        try {
            var walk = new JournalWalk(
                    reader, store, polls, catalog, settings.get().interval());
            int errors = walk.update(track, span);
            if (errors > 0) {
                counter(name).inc(errors);
                LOG.log(Level.INFO, "{0} new errors of {1} in the journal", errors, name);
            }
            if (errors > 0 || !statuses.containsKey(name)) {
                reader.number(name).map(reader::errors).ifPresent(figures -> statuses.put(name, status(figures)));
            }
        } catch (RuntimeException e) {
            // computed again from the stored progress by the next run
            track.walker(null);
            LOG.log(Level.WARNING, "Journal of {0} not brought up to date: {1}", name, e.getMessage());
        }
    }

    private static Status status(JournalReader.Errors figures) {
        JournalEvent last = figures.last();
        return new Status(figures.count(), last == null ? null : Instant.ofEpochMilli(last.time) + " " + last.text);
    }

    private org.eclipse.microprofile.metrics.Counter counter(String controller) {
        // with a description: Prometheus shows it as the HELP line, and promtool wants one
        var errors = org.eclipse.microprofile.metrics.Metadata.builder()
                .withName(ERRORS)
                .withDescription("Errors of the controller, new when seen (its error history not counted)")
                .build();
        return metrics.counter(errors, new Tag("controller", controller));
    }
}
