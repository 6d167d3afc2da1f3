package luxlogger.journal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import luxlogger.journal.control.DecodedEvent;
import luxlogger.journal.control.EventsCsv;
import luxlogger.journal.control.Journal;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.readings.control.TimeRange;
import luxlogger.reports.control.Dialect;
import luxlogger.reports.control.Kind;
import luxlogger.reports.control.Report;
import luxlogger.reports.control.Schedule;
import luxlogger.reports.entity.DailyReportWritten;

/**
 * Beside each scheduled daily report: {@code YYYY-MM-DD_events.csv}, the events of the report's own window,
 * after the controller's journal was brought up to the newest poll. A file that fails is logged and costs the
 * report nothing.
 */
@ApplicationScoped
public class EventsFiles {

    private static final Logger LOG = System.getLogger(EventsFiles.class.getName());
    /** How long the report waits for the journal; after that the file holds what the journal held. */
    static final Duration CATCH_UP = Duration.ofMinutes(2);

    @Inject
    Journal journal;

    private final Catalog catalog = Catalog.standard();

    void written(@Observes DailyReportWritten report) {
        try {
            TimeRange window = Schedule.of(report.settings()).window(Kind.DAILY, report.day());
            if (!journal.catchUp(report.controller(), CATCH_UP)) {
                LOG.log(
                        Level.WARNING,
                        "The journal of {0} is not up to date: {1} holds what it held",
                        report.controller(),
                        EventsCsv.name(report.day()));
            }
            var events = journal.events(report.controller(), window.from(), window.to()).stream()
                    .map(event -> DecodedEvent.of(event, catalog))
                    .toList();
            Report file = EventsCsv.write(
                    report.folder().resolve(EventsCsv.name(report.day())),
                    Dialect.of(report.settings().csvDialect()),
                    report.settings().zone(),
                    events);
            LOG.log(Level.INFO, "Wrote {0} ({1} events)", file.path(), file.rows());
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.ERROR,
                    "Events of {0} for {1} failed: {2}",
                    report.controller(),
                    report.day(),
                    e.getMessage());
        }
    }
}
