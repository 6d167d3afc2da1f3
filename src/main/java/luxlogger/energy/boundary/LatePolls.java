package luxlogger.energy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.time.ZoneId;
import luxlogger.energy.control.DaySummaries;
import luxlogger.readings.entity.PollsStored;
import luxlogger.readings.entity.ReadingsSettings;

/**
 * Polls of a past day that arrive late (a spill file replayed after a database outage, an import) make the
 * summaries of their days out of date: those are forgotten and computed again when next asked for. Polls of
 * today, the usual case, cost a comparison.
 */
@ApplicationScoped
public class LatePolls {

    private static final Logger LOG = System.getLogger(LatePolls.class.getName());

    @Inject
    DaySummaries summaries;

    @Inject
    Instance<ReadingsSettings> settings;

    void stored(@Observes PollsStored polls) {
        ZoneId zone = settings.get().zone();
        LocalDate first = polls.first().atZone(zone).toLocalDate();
        if (!first.isBefore(LocalDate.now(zone))) {
            return;
        }
        LocalDate last = polls.last().atZone(zone).toLocalDate();
        int forgotten = summaries.forget(polls.controller(), first, last);
        if (forgotten > 0) {
            LOG.log(
                    Level.INFO,
                    "Late polls of {0} from {1} to {2}: {3} day summaries will be computed again",
                    polls.controller(),
                    first,
                    last,
                    forgotten);
        }
    }
}
