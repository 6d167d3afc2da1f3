package luxlogger.simulator.control;

/**
 * A simulated week's figures as DIAGNOSTICS.md computes them from the polls, by {@link ScenarioWeek}.
 *
 * @param outdoorMin lowest C15 of the week, °C (and the mean and highest)
 * @param startsPerDay compressor starts (ΔC57) per day
 * @param meanRunMinutes ΔC56 / ΔC57
 * @param spread flow − return while heating, heat-weighted (C257), without the first 5 minutes of a run, K
 * @param heatingFlowRate mean flow rate C155 while heating, l/h
 * @param heatingFlow heat-weighted flow while heating (C80 = 0, C257 the weight), °C
 * @param coldestDayFlow the same on the day of the lowest mean outdoor temperature, °C
 * @param coldestDayOutput mean heat output of that day, heat meters C151 + C152 over 24 h, kW
 * @param carnotShare Σ heat output / Σ (power input × Carnot COP) while the compressor runs, %
 * @param cop heat meters over electricity inputs, (ΔC151 + ΔC152) / (ΔP1136 + ΔP1137)
 * @param heatingCop ΔC151 / ΔP1136
 * @param hotWaterShare ΔP1137 / (ΔP1136 + ΔP1137), %
 * @param hotWaterCop ΔC152 / ΔP1137
 * @param hotWaterSetpoint P2, °C
 * @param disinfections days with status line 3 "thermal desinfection"
 * @param defrosts new P1119 stamps
 * @param defrostsAbove6 those with the outdoor temperature above +6 °C
 * @param auxHours ΔC60 in hours
 * @param auxHoursAboveRelease hours with ZWE1 on (C48) and the outdoor temperature above P90
 * @param auxHoursShort hours with ZWE1 on (C48) while the compressor heats (C80 = 0) and the return C11 is below its
 *     target C12
 * @param auxShare heat of the backup heater Δ(P1059 + P1140) — as much electricity — over all electricity, %
 * @param standbyKwh the electricity the counters show beyond the compressor's power input C268 while it runs and the
 *     backup heater's heat: what the unit used while the compressor was off, kWh
 * @param standbyCopCost the week's COP without {@code standbyKwh}, minus the COP
 * @param auxHeatFrozen P1059 stayed as it was (current firmware counts on in P1140)
 * @param errors the error file C100-C104 changed
 */
record WeekFigures(
        double outdoorMin,
        double outdoorMean,
        double outdoorMax,
        double startsPerDay,
        double meanRunMinutes,
        double spread,
        double heatingFlowRate,
        double heatingFlow,
        double coldestDayFlow,
        double coldestDayOutput,
        double carnotShare,
        double cop,
        double heatingCop,
        double hotWaterShare,
        double hotWaterCop,
        double hotWaterSetpoint,
        int disinfections,
        int defrosts,
        int defrostsAbove6,
        double auxHours,
        double auxHoursAboveRelease,
        double auxHoursShort,
        double auxShare,
        double standbyKwh,
        double standbyCopCost,
        boolean auxHeatFrozen,
        boolean errors) {}
