package luxlogger.reports.entity;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A CDI event after a scheduled weekly report was written: what goes beside it (the health report of the ISO
 * week that ended before it) follows.
 *
 * @param day the day in the report's name
 * @param folder the folder the report is in, the controller's own when there are several
 * @param settings the report settings of the controller (zone)
 */
public record WeeklyReportWritten(String controller, LocalDate day, Path folder, ReportSettings settings) {}
