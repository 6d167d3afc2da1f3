package luxlogger.journal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.journal.control.Journal;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.readings.entity.PollsStored;

/**
 * When the journal is brought up to date: after every commit of polls or failed polls (live polls, a spill file
 * replayed, an import); at startup each configured controller's journal is caught up from its stored progress with
 * the first of them. Both only hand the work over ({@link Journal}).
 */
@ApplicationScoped
public class JournalTriggers {

    @Inject
    Journal journal;

    @Inject
    Instance<Controllers> controllers;

    void start(@Observes Startup event) {
        try {
            journal.start(controllers.get().names());
        } catch (InvalidSettingsException e) {
            // named by the poller, which polls nothing either
        }
    }

    void stored(@Observes PollsStored polls) {
        journal.stored(polls);
    }
}
