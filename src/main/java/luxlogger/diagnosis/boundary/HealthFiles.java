package luxlogger.diagnosis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import luxlogger.diagnosis.control.HealthPage;
import luxlogger.diagnosis.control.HealthReports;
import luxlogger.diagnosis.control.ReportPeriod;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.reports.control.PendingFile;
import luxlogger.reports.control.Schedule;
import luxlogger.reports.entity.WeeklyReportWritten;

/**
 * Beside each scheduled weekly report: {@code YYYY-Www_health.html}, the health report of the ISO week that had
 * ended when the weekly report was due, unless the folder has it already (a weekly report on a Wednesday writes
 * the week before last's only once). A self-contained page: it opens offline and can be mailed. A file that fails
 * is logged and costs the weekly report nothing.
 */
@ApplicationScoped
public class HealthFiles {

    private static final Logger LOG = System.getLogger(HealthFiles.class.getName());

    @Inject
    HealthReports reports;

    void written(@Observes WeeklyReportWritten weekly) {
        ZoneId zone = weekly.settings().zone();
        Instant due = Schedule.of(weekly.settings()).at(weekly.day());
        ReportPeriod week = ReportPeriod.lastCompleteWeek(due, zone);
        Path file = weekly.folder().resolve(week.week() + "_health.html");
        if (Files.exists(file)) {
            return;
        }
        try {
            HealthReport report = reports.report(weekly.controller(), week.from(), week.to(), week.week());
            write(file, HealthPage.render(report));
            LOG.log(
                    Level.INFO,
                    "Wrote {0} ({1}: {2} warnings, {3} notices)",
                    file,
                    report.severity().key(),
                    count(report, Severity.WARNING),
                    count(report, Severity.NOTICE));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "Health report {0} failed: {1}", file, e.getMessage());
        }
    }

    /** Written under a temporary name, made durable and renamed when complete: nobody mails half a page. */
    static void write(Path file, String html) throws IOException {
        try (var pending = new PendingFile(file)) {
            pending.stream().write(html.getBytes(StandardCharsets.UTF_8));
            pending.commit();
        }
    }

    private static long count(HealthReport report, Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity).count();
    }
}
