package luxlogger.diagnosis.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.energy.entity.DaySummary;
import luxlogger.journal.entity.EventKind;
import luxlogger.journal.entity.JournalEvent;

/**
 * What the rules judge a period by: the pass over its polls, its day summaries, its journal events, and what the
 * owner said about the installation.
 *
 * @param days the day summaries of the period's days, in date order
 * @param events the period's errors, switch-offs and unreachable spans from the journal, history left out
 * @param failedPolls the failed polls stored in the period
 * @param source null when neither the setting nor the controller's type says it
 * @param ratedOutputKw null when not given
 */
record Evidence(
        PeriodPass pass,
        List<DaySummary> days,
        List<JournalEvent> events,
        int failedPolls,
        HeatSource source,
        Double ratedOutputKw,
        References references,
        Links links) {

    /** A day must be covered this much to stand for its weather (percent), as the rules need of the period. */
    double coverageNeeded() {
        return references.value("coverage-needed");
    }

    /** The share of the period covered by polls, percent. */
    double coverage() {
        return pass.coverage().percent();
    }

    /** The covered time in days, the base of the per-day figures. */
    double coveredDays() {
        return pass.coverage().coveredDays();
    }

    /** The sum of a day figure over the days that have it; null when none has. */
    Double total(Function<DaySummary, Double> figure) {
        Double total = null;
        for (DaySummary day : days) {
            Double value = figure.apply(day);
            if (value != null) {
                total = (total == null ? 0 : total) + value;
            }
        }
        return total;
    }

    /** The coldest day (by mean outdoor temperature) among the well covered days that pass the test. */
    Optional<DaySummary> coldest(Predicate<DaySummary> test) {
        return days.stream()
                .filter(day -> day.coverage >= coverageNeeded() && day.outdoorMean != null)
                .filter(test)
                .min(Comparator.comparingDouble((DaySummary day) -> day.outdoorMean));
    }

    /** The index of a day summary's day among the pass's days; -1 outside. */
    int dayIndex(DaySummary day) {
        LocalDate date = LocalDate.parse(day.day);
        Days passDays = pass.days();
        for (int i = 0; i < passDays.count(); i++) {
            if (passDays.date(i).equals(date)) {
                return i;
            }
        }
        return -1;
    }

    /** The start and end of a day summary's day, epoch ms. */
    long[] bounds(DaySummary day) {
        int index = dayIndex(day);
        Days passDays = pass.days();
        long start = passDays.dayStart(index);
        return new long[] {start, passDays.dayStart(index + 1)};
    }

    List<JournalEvent> events(EventKind kind) {
        return events.stream().filter(event -> event.kind.equals(kind.key())).toList();
    }
}
