package luxlogger.reports.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.reports.control.Cleanup;
import luxlogger.reports.control.Reports;
import luxlogger.reports.entity.ReportSettings;

/**
 * The report schedule: the scheduled reports at their next due time (computed by {@link Reports#catchUp}, so a
 * CSV_TIME inside a clock change resolves one way only), shortly after start those missed while the server was
 * down, and the clean-up and retention shortly after start and every hour, on a timer of their own: a report
 * that fails, or invalid report settings, must not keep old files and polls forever. The timers are not
 * persistent: they are made anew at every start.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportTimers {

    private static final Logger LOG = System.getLogger(ReportTimers.class.getName());
    /** After the catch-up of reports, so a report the disk still has room for is written before it is cleaned. */
    private static final long FIRST_CLEAN_UP_MS = 20_000;

    /** What a timer does when it fires. */
    enum Job {
        REPORTS,
        CLEAN_UP
    }

    @Resource
    TimerService timers;

    @Inject
    Reports reports;

    @Inject
    Cleanup cleanup;

    @Inject
    Configuration configuration;

    @Inject
    Instance<Controllers> controllers;

    @Produces
    static ReportSettings settings(Configuration configuration) {
        return configuration.settings(ReportSettings.class, ReportSettings::from);
    }

    @PostConstruct
    void schedule() {
        try {
            // reports are made of polls: without a controller to poll (e.g. no HOST) there is nothing to schedule
            controllers.get();
        } catch (InvalidSettingsException e) {
            configuration.reject(e);
            return;
        }
        timers.createSingleActionTimer(FIRST_CLEAN_UP_MS, new TimerConfig(Job.CLEAN_UP, false));
        timers.createCalendarTimer(
                new ScheduleExpression().hour("*").minute(41).second(0), new TimerConfig(Job.CLEAN_UP, false));
        ReportSettings settings;
        try {
            settings = reports.start();
        } catch (InvalidSettingsException e) {
            // no reports on a schedule; readiness says why
            configuration.reject(e);
            return;
        }
        timers.createSingleActionTimer(5_000, new TimerConfig(Job.REPORTS, false));
        LOG.log(
                Level.INFO,
                "Reports daily at {0} and on {1} weekly ({2}); CSVs kept {3} days",
                settings.csvTime(),
                settings.weeklyDay(),
                settings.zone(),
                settings.csvRetentionDays());
    }

    @Timeout
    void fire(Timer timer) {
        Job job = (Job) timer.getInfo();
        Instant now = Instant.now();
        Instant next = now.plus(Duration.ofHours(1));
        try {
            if (job == Job.REPORTS) {
                next = reports.catchUp(now);
            } else {
                cleanup.cleanUp(now);
            }
        } catch (RuntimeException e) {
            // the timers must live on; a report that failed is tried again at the next catch-up
            LOG.log(Level.ERROR, "Scheduled " + job + " run failed: " + e.getMessage());
        }
        if (job == Job.REPORTS) {
            timers.createSingleActionTimer(Date.from(next), new TimerConfig(Job.REPORTS, false));
        }
    }
}
