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
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BiConsumer;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.luxtronik.entity.ControllerSettings;
import luxlogger.reports.control.Reports;
import luxlogger.reports.entity.ReportSettings;

/**
 * The report schedule: the daily report at CSV_TIME, the weekly one at CSV_TIME on WEEKLY_DAY, a check of the
 * disk every hour, and shortly after start the reports missed while the server was down. Each timer makes one
 * call to {@link Reports}. The timers are not persistent: they are made anew at every start.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportTimers {

    private static final Logger LOG = System.getLogger(ReportTimers.class.getName());

    /** What a timer does when it fires. */
    enum Job {
        DAILY(Reports::daily),
        WEEKLY(Reports::weekly),
        CATCH_UP(Reports::catchUp),
        DISK((reports, now) -> reports.makeRoom());

        private final BiConsumer<Reports, Instant> call;

        Job(BiConsumer<Reports, Instant> call) {
            this.call = call;
        }
    }

    @Resource
    TimerService timers;

    @Inject
    Reports reports;

    @Inject
    Configuration configuration;

    @Inject
    Instance<ControllerSettings> controller;

    @Produces
    static ReportSettings settings(Configuration configuration) {
        return configuration.settings(ReportSettings.class, ReportSettings::from);
    }

    @PostConstruct
    void schedule() {
        ReportSettings settings;
        try {
            // reports are made of polls: without a controller to poll (e.g. no HOST) there is nothing to schedule
            controller.get();
            settings = reports.start();
        } catch (InvalidSettingsException e) {
            // no reports on a schedule; readiness says why
            configuration.reject(e);
            return;
        }
        ZoneId zone = settings.zone();
        timers.createCalendarTimer(at(settings.csvTime(), zone), new TimerConfig(Job.DAILY, false));
        timers.createCalendarTimer(at(settings.csvTime(), zone)
                .dayOfWeek(settings.weeklyDay().name().substring(0, 3).toLowerCase(Locale.ROOT)), new TimerConfig(Job.WEEKLY, false));
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute(41).second(0).timezone(zone.getId()),
                new TimerConfig(Job.DISK, false));
        timers.createSingleActionTimer(5_000, new TimerConfig(Job.CATCH_UP, false));
        LOG.log(Level.INFO, "Reports daily at {0} and on {1} weekly ({2}); CSVs kept {3} days", settings.csvTime(),
                settings.weeklyDay(), zone, settings.csvRetentionDays());
    }

    private static ScheduleExpression at(LocalTime time, ZoneId zone) {
        return new ScheduleExpression().hour(time.getHour()).minute(time.getMinute()).second(time.getSecond())
                .timezone(zone.getId());
    }

    @Timeout
    void fire(Timer timer) {
        Job job = (Job) timer.getInfo();
        try {
            job.call.accept(reports, Instant.now());
        } catch (RuntimeException e) {
            // a report that failed today is tried again at the next schedule; the timers must live on
            LOG.log(Level.ERROR, "Scheduled " + job + " run failed: " + e.getMessage());
        }
    }
}
