package luxlogger.energy.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import luxlogger.energy.entity.DaySummary;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * The summary of one local calendar day, computed in one pass over the raw polls of {@code [from(), to())} in
 * time order (design-12 §2). Memory stays constant whatever the number of polls: a few accumulators, no decoding
 * beyond the firmware string when it changes.
 *
 * <p>Counters run from the day's first valid sample to the first valid sample at or after the next day's start
 * (the closing sample), or to the day's last sample without one, so the days' deltas add up to the total. The
 * window reaches three poll intervals past the day's end: far enough to find the closing sample, and the one
 * after it that confirms or refutes a step held at the closing sample.
 */
public final class DayCalculation implements Consumer<Snapshot> {

    /** The version of the rules; stored with each row so that rows of older rules are recomputed. */
    public static final int RULES = 1;
    /** Below this share of the day (percent) a day is partial (ENERGY.md §5). */
    static final double PARTIAL_BELOW = 90;
    /** A ratio of heat to less electricity than this (kWh) says nothing (ENERGY.md §5). */
    static final double LEAST_ELECTRICITY = 0.1;

    private static final int FIRMWARE_FROM = 81, FIRMWARE_TO = 90;

    private final LocalDate day;
    private final Instant from;
    private final Instant to;
    private final long end;
    private final DayCounters counters = new DayCounters();
    private final DayTimeline timeline;
    private final int[] firmwareCodes = new int[FIRMWARE_TO - FIRMWARE_FROM + 1];

    private int samples;
    private long latest = Long.MIN_VALUE;
    private String firmware;

    public DayCalculation(LocalDate day, ZoneId zone, Duration interval) {
        this.day = day;
        this.from = day.atStartOfDay(zone).toInstant();
        Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
        this.end = next.toEpochMilli();
        this.to = next.plus(interval.multipliedBy(DayTimeline.GAP_INTERVALS));
        this.timeline = new DayTimeline(from.toEpochMilli(), end, interval.toMillis());
    }

    /** The local start of the day. */
    public Instant from() {
        return from;
    }

    /** The local start of the next day plus three poll intervals (exclusive). */
    public Instant to() {
        return to;
    }

    /** Takes the next poll; polls outside the window or out of time order are ignored. */
    @Override
    public void accept(Snapshot snapshot) {
        long millis = snapshot.time().toEpochMilli();
        if (millis < from.toEpochMilli() || millis >= to.toEpochMilli() || millis < latest) {
            return;
        }
        latest = millis;
        if (millis < end) {
            samples++;
            firmware(snapshot);
            counters.accept(snapshot, millis, false);
            timeline.add(snapshot, millis);
        } else if (samples > 0) {
            // a day without polls has no figures, not the zero increase of a lone closing sample
            counters.accept(snapshot, millis, true);
            timeline.close(snapshot, millis);
        }
    }

    /** Decodes the firmware only when its raw characters changed, so not at every poll. */
    private void firmware(Snapshot snapshot) {
        boolean changed = firmware == null;
        for (int i = 0; i < firmwareCodes.length; i++) {
            int code = snapshot.has(Group.CALCULATIONS, FIRMWARE_FROM + i)
                    ? snapshot.raw(Group.CALCULATIONS, FIRMWARE_FROM + i)
                    : 0;
            changed |= code != firmwareCodes[i];
            firmwareCodes[i] = code;
        }
        if (changed) {
            firmware = Decoder.firmware(snapshot);
        }
    }

    /**
     * The day's figures; {@code controller} and {@code computed} are the caller's. Call it after the last poll of
     * the window: it ends the day.
     */
    public DaySummary result() {
        timeline.finish(to.toEpochMilli());
        DaySummary summary = new DaySummary();
        summary.day = day.toString();
        summary.rules = RULES;
        summary.firmware = firmware == null || firmware.isEmpty() ? null : firmware;
        summary.samples = samples;
        timeline.fill(summary);
        summary.partial = summary.coverage < PARTIAL_BELOW;
        double auxDivisor = auxDivisor(summary.firmware);
        counters.fill(summary, auxDivisor);
        if (counters.electricityCounted()) {
            summary.electricSource = "counter";
        } else if (timeline.powerSeen()) {
            summary.electricSource = "integrated";
            summary.electricHeating = timeline.integratedHeating();
            summary.electricHotWater = timeline.integratedHotWater();
        }
        summary.electricTotal = electricTotal(summary);
        summary.copHeating = ratio(summary.heatHeating, summary.electricHeating);
        summary.copHotWater = ratio(summary.heatHotWater, summary.electricHotWater);
        summary.copTotal = ratio(summary.heatTotal, summary.electricTotal);
        summary.counterEvents = counters.events(auxDivisor);
        return summary;
    }

    /**
     * Raw units of P1059/P1140 per kWh: 10 on V3.x and later, 100 on V2.x, 0 (no figure) on V1.x or an unknown
     * firmware (ENERGY.md §1.1, BenPru {@code AUX_HEATER_ENERGY_FACTOR_BY_SERIES}).
     */
    static double auxDivisor(String firmware) {
        if (firmware == null || firmware.length() < 2 || firmware.charAt(0) != 'V') {
            return 0;
        }
        char series = firmware.charAt(1);
        return series == '2' ? 100 : series >= '3' && series <= '9' ? 10 : 0;
    }

    /**
     * The sum of the modes' electricity, empty when a mode that made heat (or ran cooling) has no electricity
     * figure: a total without it would overstate the efficiency (design-12 §2).
     */
    private static Double electricTotal(DaySummary s) {
        if (s.electricHeating == null
                && s.electricHotWater == null
                && s.electricPool == null
                && s.electricCooling == null) {
            return null;
        }
        if (lacks(s.heatHeating, s.electricHeating)
                || lacks(s.heatHotWater, s.electricHotWater)
                || lacks(s.heatPool, s.electricPool)
                || lacks(s.hoursCooling, s.electricCooling)) {
            return null;
        }
        return DayCounters.sum(s.electricHeating, s.electricHotWater, s.electricPool)
                + (s.electricCooling == null ? 0 : s.electricCooling);
    }

    private static boolean lacks(Double activity, Double electricity) {
        return activity != null && activity > 0 && electricity == null;
    }

    /** Heat over electricity, empty without heat or with under {@link #LEAST_ELECTRICITY} kWh. */
    static Double ratio(Double heat, Double electricity) {
        return heat == null || electricity == null || electricity < LEAST_ELECTRICITY ? null : heat / electricity;
    }
}
