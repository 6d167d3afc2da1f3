package luxlogger.diagnosis.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import luxlogger.energy.control.DayCalculation;
import luxlogger.energy.entity.DaySummary;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * One pass over the raw polls of a period, in time order, computing every figure the rules need from the polls
 * (coverage, starts and runs, heating temperatures, share of Carnot, defrosts, backup heater, standby, hot-water
 * runs) and, alongside, the day summaries of the period's days by the energy summary's own {@link DayCalculation},
 * so that the polls are read once. Memory does not grow with the number of polls: accumulators, a few kept spans,
 * and a handful of numbers per day.
 *
 * <p>The pass reads from the start of the period's first day (the day summaries need the whole day) to three poll
 * intervals after its last day (their closing polls); the figures take only the polls of {@code [from, end)}, each
 * standing for the time to the next (as in the day summaries).
 */
final class PeriodPass implements Consumer<Snapshot> {

    private final long from;
    private final long end;
    private final long gapMillis;
    private final Days days;
    private final DayCalculation[] calculations;
    private final Instant passTo;

    private final Coverage coverage;
    private final Runs runs = new Runs();
    private final HeatingTemperatures heating;
    private final Carnot carnot = new Carnot();
    private final Defrosts defrosts;
    private final BackupHeater backup = new BackupHeater();
    private final HotWaterRuns hotWater;
    private final Standby standby = new Standby();

    private final List<DaySummary> daySummaries = new ArrayList<>();
    private Sample prev;
    private int type = -1;

    /**
     * @param to the end of the period, for its days
     * @param end where the figures stop: {@code to}, or now when that is earlier
     */
    PeriodPass(Instant from, Instant to, Instant end, ZoneId zone, Duration interval, References references) {
        this.from = from.toEpochMilli();
        this.end = end.toEpochMilli();
        this.gapMillis = Coverage.GAP_INTERVALS * interval.toMillis();
        this.days = new Days(from, to, zone);
        this.calculations = new DayCalculation[days.count()];
        for (int i = 0; i < calculations.length; i++) {
            calculations[i] = new DayCalculation(days.date(i), zone, interval);
        }
        this.passTo = days.end().plus(interval.multipliedBy(Coverage.GAP_INTERVALS));
        this.coverage = new Coverage(this.from, this.end, interval.toMillis());
        this.heating = new HeatingTemperatures(days);
        this.defrosts = new Defrosts(references.value("defrost-outdoor"));
        this.hotWater = new HotWaterRuns(references.value("disinfection-temperature"));
    }

    /** Where the read starts: the start of the period's first day. */
    Instant passFrom() {
        return days.start();
    }

    /** Where the read ends (exclusive): three poll intervals after the period's last day. */
    Instant passTo() {
        return passTo;
    }

    @Override
    public void accept(Snapshot snapshot) {
        long millis = snapshot.time().toEpochMilli();
        int day = days.index(millis);
        if (day >= 0) {
            calculations[day].accept(snapshot);
        }
        int before = day >= 0 ? day - 1 : calculations.length - 1;
        if (before >= 0) {
            // the previous day's closing polls
            calculations[before].accept(snapshot);
        }
        Sample cur = Sample.of(snapshot);
        coverage.poll(millis);
        standby.poll(cur);
        if (millis >= from && millis < end && cur.type() >= 0) {
            type = cur.type();
        }
        if (prev == null) {
            defrosts.first(cur);
        } else if (millis > prev.millis()) {
            step(cur);
        }
        if (prev == null || millis > prev.millis()) {
            prev = cur;
        }
    }

    private void step(Sample cur) {
        long gap = cur.millis() - prev.millis();
        boolean covered = gap <= gapMillis;
        boolean within = cur.millis() >= from && cur.millis() < end;
        // the start of the run the earlier poll is in, before the later poll may end it
        long runStart = runs.runStart();
        runs.polls(prev, cur, covered);
        defrosts.polls(prev, cur, within);
        if (covered && prev.millis() >= from && prev.millis() < end) {
            double seconds = (Math.min(cur.millis(), end) - prev.millis()) / 1000.0;
            var interval = new Interval(prev, cur, seconds, gap / 1000.0);
            heating.interval(interval, runStart);
            runs.interval(interval);
            carnot.interval(interval);
            defrosts.interval(interval);
            hotWater.aux(interval, backup.interval(interval));
            standby.interval(interval);
        }
        // after the interval: a hot-water run that the later poll ends still owns the heater's time up to it
        hotWater.polls(prev, cur, within);
    }

    /** Ends the pass, and with it the days' summaries. */
    void finish() {
        coverage.finish();
        for (DayCalculation calculation : calculations) {
            DaySummary row = calculation.result();
            if (row.samples > 0) {
                daySummaries.add(row);
            }
        }
    }

    /**
     * The day summaries of the period's days that have polls, in date order, computed by the energy summary's rules;
     * after {@link #finish()}.
     */
    List<DaySummary> daySummaries() {
        return List.copyOf(daySummaries);
    }

    Days days() {
        return days;
    }

    Coverage coverage() {
        return coverage;
    }

    Runs runs() {
        return runs;
    }

    HeatingTemperatures heating() {
        return heating;
    }

    Carnot carnot() {
        return carnot;
    }

    Defrosts defrosts() {
        return defrosts;
    }

    BackupHeater backup() {
        return backup;
    }

    HotWaterRuns hotWater() {
        return hotWater;
    }

    Standby standby() {
        return standby;
    }

    /** The heat-pump type code C78 of the period's last poll; -1 without one. */
    int type() {
        return type;
    }
}
