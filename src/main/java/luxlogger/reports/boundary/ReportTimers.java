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
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import luxlogger.reports.control.Reports;
import luxlogger.reports.control.Reports.Kind;
import luxlogger.settings.boundary.Configuration;
import luxlogger.settings.control.Settings;

/**
 * The report schedule, built from the configuration: the daily report at CSV_TIME, the weekly one at
 * CSV_TIME on WEEKLY_DAY, clean-up right after the daily report, and a check of the disk every hour. The
 * timers are not persistent: they are made anew at every start, and a report missed while the server was
 * down is written shortly after start-up.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportTimers {

    private static final Logger LOG = System.getLogger(ReportTimers.class.getName());
    private static final String DAILY = "daily";
    private static final String WEEKLY = "weekly";
    private static final String DISK = "disk";
    private static final String CATCH_UP = "catch-up";

    @Resource
    TimerService timers;

    @Inject
    Configuration configuration;

    @Inject
    Reports reports;

    @PostConstruct
    void schedule() {
        configuration.settings().ifPresent(settings -> {
            LocalTime at = settings.csvTime();
            String zone = settings.zone().getId();
            timers.createCalendarTimer(clock(at, zone), new TimerConfig(DAILY, false));
            timers.createCalendarTimer(clock(at, zone).dayOfWeek(settings.weeklyDay().name().substring(0, 3).toLowerCase(Locale.ROOT)),
                    new TimerConfig(WEEKLY, false));
            timers.createCalendarTimer(new ScheduleExpression().hour("*").minute(41).second(0).timezone(zone),
                    new TimerConfig(DISK, false));
            timers.createSingleActionTimer(5_000, new TimerConfig(CATCH_UP, false));
            LOG.log(Level.INFO, "Reports daily at {0} and on {1} weekly ({2}); CSVs kept {3} days, polls {4} days",
                    at, settings.weeklyDay(), zone, settings.csvRetentionDays(), settings.retentionDays());
        });
    }

    private static ScheduleExpression clock(LocalTime at, String zone) {
        return new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(at.getSecond()).timezone(zone);
    }

    @Timeout
    void fire(Timer timer) {
        Instant now = Instant.now();
        try {
            switch ((String) timer.getInfo()) {
                case DAILY -> {
                    reports.write(Kind.DAILY, now);
                    reports.cleanUp(now);
                }
                case WEEKLY -> reports.write(Kind.WEEKLY, now);
                case DISK -> configuration.settings().ifPresent(s -> reports.cleanup(s).makeRoom());
                case CATCH_UP -> catchUp(now);
                default -> LOG.log(Level.WARNING, "Unknown timer {0}", timer.getInfo());
            }
        } catch (RuntimeException e) {
            // a report that failed today is tried again at the next schedule; the timers must live on
            LOG.log(Level.ERROR, "Scheduled " + timer.getInfo() + " run failed: " + e.getMessage());
        }
    }

    /** Writes today's reports if their time has passed and they are not there: the server was down then. */
    private void catchUp(Instant now) {
        Settings settings = configuration.settings().orElseThrow();
        ZonedDateTime local = now.atZone(settings.zone());
        if (local.toLocalTime().isBefore(settings.csvTime())) {
            return;
        }
        if (missing(settings, Kind.DAILY, local)) {
            LOG.log(Level.INFO, "Today''s daily report was missed (the server was down at {0}): writing it now", settings.csvTime());
            reports.write(Kind.DAILY, now);
            reports.cleanUp(now);
        }
        if (local.getDayOfWeek() == settings.weeklyDay() && missing(settings, Kind.WEEKLY, local)) {
            LOG.log(Level.INFO, "Today''s weekly report was missed: writing it now");
            reports.write(Kind.WEEKLY, now);
        }
    }

    private boolean missing(Settings settings, Kind kind, ZonedDateTime local) {
        return !Files.exists(reports.folder(settings, kind).resolve(Reports.fileName(kind, local.toLocalDate())));
    }
}
