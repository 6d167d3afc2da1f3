package luxlogger.diagnosis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.diagnosis.entity.InstallationSettings;
import luxlogger.diagnosis.entity.Seasonal;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.energy.control.DaySummaries;
import luxlogger.energy.control.Periods;
import luxlogger.energy.entity.DaySummary;
import luxlogger.energy.entity.EnergySettings;
import luxlogger.journal.control.Journal;
import luxlogger.journal.control.JournalReader;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Group;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.entity.ReadingsSettings;

/**
 * The health report of a controller for a period (DIAGNOSTICS.md rules 1-12): one pass over the period's polls
 * ({@link PeriodPass}) that also computes the day summaries of its days, which are kept for the energy summary; the
 * journal's errors, switch-offs and unreachable spans; the seasonal factor so far from the day summaries since the
 * season's start. Derived from stored data only, so it can be computed again at any time.
 */
@ApplicationScoped
public class HealthReports {

    /** How long a report waits for the journal to take in the newest polls. */
    static final Duration JOURNAL_WAIT = Duration.ofSeconds(10);

    @Inject
    PollReader polls;

    @Inject
    DaySummaries summaries;

    @Inject
    JournalReader journal;

    @Inject
    Instance<Journal> journals;

    @Inject
    Instance<ReadingsSettings> readings;

    @Inject
    Instance<EnergySettings> energy;

    @Inject
    Instance<InstallationSettings> installations;

    private final References references = References.standard();

    /** For CDI. */
    public HealthReports() {}

    /** Without the server, e.g. in a benchmark on an SQLite file: {@link #report(HealthRequest)} only. */
    public HealthReports(PollReader polls, DaySummaries summaries, JournalReader journal) {
        this.polls = polls;
        this.summaries = summaries;
        this.journal = journal;
    }

    /**
     * The report of a controller for {@code [from, to)} with the server's settings, after the journal took in the
     * newest polls.
     *
     * @param week the ISO week the range is, or null
     * @throws luxlogger.configuration.control.InvalidSettingsException while a setting it needs is unusable
     */
    public HealthReport report(String controller, Instant from, Instant to, String week) {
        ReadingsSettings settings = readings.get();
        Month seasonStart = energy.get().seasonStart();
        InstallationSettings installation = installations.get();
        if (journals.isResolvable()) {
            journals.get().catchUp(controller, JOURNAL_WAIT);
        }
        return report(new HealthRequest(
                controller,
                from,
                to,
                week,
                settings.zone(),
                settings.interval(),
                seasonStart,
                installation,
                Instant.now()));
    }

    /** The report asked for; keeps the day summaries the pass computed. */
    public HealthReport report(HealthRequest request) {
        String controller = request.controller();
        Instant end = request.to().isAfter(request.now()) ? request.now() : request.to();
        if (!end.isAfter(request.from())) {
            end = request.from();
        }
        var pass = new PeriodPass(request.from(), request.to(), end, request.zone(), request.interval(), references);
        polls.forEach(controller, pass.passFrom(), pass.passTo(), Sample.FIELDS, pass);
        pass.finish();
        List<DaySummary> days = pass.daySummaries();
        summaries.keep(controller, days, request.now());

        Optional<HeatSource> given = request.installation().source(controller);
        Optional<HeatSource> typed = given.isPresent() ? Optional.empty() : typeSource(pass.type());
        HeatSource source = given.or(() -> typed).orElse(null);
        String sourceFrom = given.isPresent() ? "setting" : typed.isPresent() ? "controller" : null;
        Double rated = request.installation().ratedOutputKw(controller).orElse(null);
        var evidence = new Evidence(
                pass,
                days,
                PeriodEvents.of(journal, controller, request.from(), end),
                end.isAfter(request.from())
                        ? polls.failedPolls(controller, request.from(), end).size()
                        : 0,
                source,
                rated,
                references,
                new Links(controller));
        List<Finding> findings = Findings.of(evidence);
        Severity severity = Severity.UNSUPPORTED;
        for (Finding finding : findings) {
            severity = severity.worse(finding.severity());
        }
        return new HealthReport(
                controller,
                request.week(),
                request.from(),
                request.to(),
                request.zone().getId(),
                request.now(),
                Words.round(pass.coverage().percent(), 1),
                source == null ? null : source.key(),
                sourceFrom,
                rated,
                severity,
                seasonal(request, pass, days, source),
                findings,
                DayRows.of(pass, days));
    }

    /** The source the heat-pump type C78 names; empty where it does not say. */
    private static Optional<HeatSource> typeSource(int code) {
        if (code < 0) {
            return Optional.empty();
        }
        var field = Catalog.standard().field(Group.CALCULATIONS, Sample.TYPE);
        return HeatSource.ofType(Decoder.decode(field, code).text());
    }

    /** The factor from the season's start to the period's last day: stored day rows before the period, then its own. */
    private Seasonal seasonal(HealthRequest request, PeriodPass pass, List<DaySummary> days, HeatSource source) {
        Days periodDays = pass.days();
        LocalDate last = periodDays.date(periodDays.count() - 1);
        Month month = request.seasonStart();
        int year = Periods.seasonStartYear(last, month);
        LocalDate start = LocalDate.of(year, month, 1);
        LocalDate first = periodDays.date(0);
        List<DaySummary> season = new ArrayList<>();
        if (start.isBefore(first)) {
            season.addAll(summaries.days(
                    request.controller(),
                    start,
                    first.minusDays(1),
                    request.zone(),
                    request.interval(),
                    request.now()));
        }
        days.stream().filter(day -> !LocalDate.parse(day.day).isBefore(start)).forEach(season::add);
        return new SeasonalBenchmarks(references).of(Periods.seasonLabel(year, month), start, season, source);
    }
}
