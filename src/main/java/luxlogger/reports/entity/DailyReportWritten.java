package luxlogger.reports.entity;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A CDI event after a scheduled daily report was written: what goes beside it (the day summaries) follows.
 *
 * @param day the day in the report's name
 * @param folder the folder the report is in, the controller's own when there are several
 * @param settings the report settings of the controller (dialect, zone)
 */
public record DailyReportWritten(String controller, LocalDate day, Path folder, ReportSettings settings) {}
