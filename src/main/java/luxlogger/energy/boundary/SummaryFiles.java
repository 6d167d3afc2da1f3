package luxlogger.energy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.energy.control.Period;
import luxlogger.energy.control.Summaries;
import luxlogger.energy.control.SummaryTable;
import luxlogger.energy.entity.EnergySettings;
import luxlogger.energy.entity.PeriodSummary;
import luxlogger.reports.control.Dialect;
import luxlogger.reports.control.Report;
import luxlogger.reports.control.TableFile;
import luxlogger.reports.entity.DailyReportWritten;

/**
 * Beside each scheduled daily report: {@code YYYY-MM-DD_summary.csv}, a row for each of the 30 days before the
 * report's day, {@code YYYY-MM-DD_summary-monthly.csv}, a row for each of the last 12 months and the last two
 * heating seasons, and their data dictionary {@code summary-fields.csv}. A summary that fails is logged and costs
 * the report nothing.
 */
@ApplicationScoped
public class SummaryFiles {

    private static final Logger LOG = System.getLogger(SummaryFiles.class.getName());
    static final int DAYS = 30;

    @Inject
    Summaries summaries;

    @Inject
    Configuration configuration;

    @Produces
    static EnergySettings settings(Configuration configuration) {
        return configuration.settings(EnergySettings.class, EnergySettings::from);
    }

    /** A bad SEASON_START_MONTH is named at start, as every other setting. */
    void start(@Observes Startup event) {
        try {
            configuration.settings(EnergySettings.class, EnergySettings::from);
        } catch (InvalidSettingsException e) {
            configuration.reject(e);
        }
    }

    void written(@Observes DailyReportWritten report) {
        try {
            Dialect dialect = Dialect.of(report.settings().csvDialect());
            LocalDate day = report.day();
            Instant now = Instant.now();
            var days = summaries.periods(report.controller(), Period.DAY, day.minusDays(DAYS), day, now);
            Report daily = write(report.folder().resolve(day + "_summary.csv"), dialect, days);
            var months = summaries.periods(report.controller(), Period.MONTH, day.minusMonths(12), day, now);
            var seasons = summaries.periods(report.controller(), Period.SEASON, day.minusYears(1), day, now);
            Report monthly = write(
                    report.folder().resolve(day + "_summary-monthly.csv"),
                    dialect,
                    new Summaries.Table(months.from(), months.to(), concat(months, seasons)));
            dictionary(report.folder(), dialect);
            LOG.log(
                    Level.INFO,
                    "Wrote {0} ({1} days) and {2} ({3} rows)",
                    daily.path(),
                    daily.rows(),
                    monthly.name(),
                    monthly.rows());
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.ERROR,
                    "Summary of {0} for {1} failed: {2}",
                    report.controller(),
                    report.day(),
                    e.getMessage());
        }
    }

    private static Report write(Path target, Dialect dialect, Summaries.Table table) throws IOException {
        return TableFile.write(target, dialect, SummaryTable.HEADER, SummaryTable.rows(table.rows()));
    }

    private static List<PeriodSummary> concat(Summaries.Table a, Summaries.Table b) {
        List<PeriodSummary> all = new ArrayList<>(a.rows());
        all.addAll(b.rows());
        return all;
    }

    /** {@code summary-fields.csv}: each column's unit and meaning, written when missing or out of date. */
    private static void dictionary(Path folder, Dialect dialect) throws IOException {
        List<List<Object>> rows = SummaryTable.COLUMNS.stream()
                .map(c -> List.<Object>of(c.header(), c.unit(), c.meaning()))
                .toList();
        TableFile.write(folder.resolve("summary-fields.csv"), dialect, List.of("column", "unit", "meaning"), rows);
    }
}
