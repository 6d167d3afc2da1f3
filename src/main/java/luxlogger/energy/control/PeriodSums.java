package luxlogger.energy.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import luxlogger.energy.entity.DaySummary;
import luxlogger.energy.entity.PeriodSummary;

/** The running sums of a period's day summaries; a figure stays {@code null} until a day has it. */
final class PeriodSums {

    /** A sum that knows whether anything was added, so "no day had it" stays apart from 0. */
    private static final class Sum {
        private double total;
        private boolean any;

        void add(Double value) {
            if (value != null) {
                total += value;
                any = true;
            }
        }

        Double value() {
            return any ? total : null;
        }
    }

    /** Σheat / Σelectricity of one mode, spoiled by a day with heat but no electricity figure. */
    private static final class Factor {
        private final Sum heat = new Sum();
        private final Sum electricity = new Sum();
        private boolean lacking;

        void add(Double dayHeat, Double dayElectricity) {
            heat.add(dayHeat);
            electricity.add(dayElectricity);
            lacking |= dayHeat != null && dayHeat > 0 && dayElectricity == null;
        }

        Double value() {
            return lacking ? null : DayCalculation.ratio(heat.value(), electricity.value());
        }
    }

    private final Sum heatAux = new Sum();
    private final Sum heatPool = new Sum();
    private final Sum electricPool = new Sum();
    private final Sum electricCooling = new Sum();
    private final Factor heating = new Factor();
    private final Factor hotWater = new Factor();
    private final Factor total = new Factor();
    private final Sum starts = new Sum();
    private final Sum compressorHours = new Sum();
    private final Sum pairedHours = new Sum();
    private final Sum pairedStarts = new Sum();
    private final Sum hoursHeating = new Sum();
    private final Sum hoursHotWater = new Sum();
    private final Sum hoursCooling = new Sum();
    private final Sum auxHours = new Sum();
    private final Sum defrosts = new Sum();
    private final Sum utilityLock = new Sum();
    private final Sum outdoorWeighted = new Sum();
    private final Sum outdoorWeight = new Sum();
    private final Sum outdoorPlain = new Sum();
    private int outdoorDays;
    private Double outdoorMin;
    private Double outdoorMax;
    private Boolean defrostsEstimated;
    private String electricSource;
    private double coverage;
    private int daysWithData;
    private int partialDays;
    private long samples;
    /** The days' counter events, each after its day: {@code 2026-12-03 heatHeating:drop 0.2}. */
    private final List<String> events = new ArrayList<>();

    void add(DaySummary day) {
        if (day.samples > 0) {
            daysWithData++;
            partialDays += day.partial ? 1 : 0;
        }
        coverage += day.coverage;
        samples += day.samples;
        if (day.counterEvents != null) {
            events.add(day.day + " " + day.counterEvents);
        }
        heating.add(day.heatHeating, day.electricHeating);
        hotWater.add(day.heatHotWater, day.electricHotWater);
        total.add(day.heatTotal, day.electricTotal);
        heatPool.add(day.heatPool);
        heatAux.add(day.heatAux);
        electricPool.add(day.electricPool);
        electricCooling.add(day.electricCooling);
        if (day.electricSource != null) {
            electricSource =
                    electricSource == null || electricSource.equals(day.electricSource) ? day.electricSource : "mixed";
        }
        starts.add(day.compressorStarts == null ? null : day.compressorStarts.doubleValue());
        compressorHours.add(day.compressorHours);
        if (day.compressorStarts != null && day.compressorHours != null) {
            pairedStarts.add(day.compressorStarts.doubleValue());
            pairedHours.add(day.compressorHours);
        }
        hoursHeating.add(day.hoursHeating);
        hoursHotWater.add(day.hoursHotWater);
        hoursCooling.add(day.hoursCooling);
        auxHours.add(day.auxHours);
        defrosts.add(day.defrosts == null ? null : day.defrosts.doubleValue());
        if (day.defrosts != null) {
            defrostsEstimated = Boolean.TRUE.equals(defrostsEstimated) || Boolean.TRUE.equals(day.defrostsEstimated);
        }
        utilityLock.add(day.utilityLockHours);
        outdoor(day);
    }

    private void outdoor(DaySummary day) {
        if (day.outdoorMin != null) {
            outdoorMin = outdoorMin == null ? day.outdoorMin : Math.min(outdoorMin, day.outdoorMin);
            outdoorMax = outdoorMax == null ? day.outdoorMax : Math.max(outdoorMax, day.outdoorMax);
        }
        if (day.outdoorMean != null) {
            outdoorWeighted.add(day.outdoorMean * day.coverage);
            outdoorWeight.add(day.coverage);
            outdoorPlain.add(day.outdoorMean);
            outdoorDays++;
        }
    }

    /** The period's summary; {@code required} full days make it complete. */
    PeriodSummary summary(String period, String label, LocalDate from, LocalDate to, int required) {
        int days = (int) ChronoUnit.DAYS.between(from, to);
        Double pairedStartsTotal = pairedStarts.value();
        return new PeriodSummary(
                period,
                label,
                from,
                to,
                days,
                daysWithData,
                partialDays,
                daysWithData - partialDays >= required,
                coverage / days,
                samples,
                heating.heat.value(),
                hotWater.heat.value(),
                heatPool.value(),
                total.heat.value(),
                heatAux.value(),
                heating.electricity.value(),
                hotWater.electricity.value(),
                electricPool.value(),
                electricCooling.value(),
                total.electricity.value(),
                electricSource,
                heating.value(),
                hotWater.value(),
                total.value(),
                starts.value() == null ? null : (int) Math.round(starts.value()),
                compressorHours.value(),
                pairedStartsTotal == null || pairedStartsTotal == 0
                        ? null
                        : pairedHours.value() * 60 / pairedStartsTotal,
                hoursHeating.value(),
                hoursHotWater.value(),
                hoursCooling.value(),
                auxHours.value(),
                defrosts.value() == null ? null : (int) Math.round(defrosts.value()),
                defrostsEstimated,
                utilityLock.value(),
                outdoorMin,
                outdoorDays == 0
                        ? null
                        : outdoorWeight.total > 0
                                ? outdoorWeighted.total / outdoorWeight.total
                                : outdoorPlain.total / outdoorDays,
                outdoorMax,
                events.isEmpty() ? null : String.join("; ", events));
    }
}
