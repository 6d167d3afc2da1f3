package luxlogger.diagnosis.entity;

/**
 * One local day of the period, as the report's charts show it (from the day summary and the pass over the
 * polls). A null figure: the controller has no such counter, or the day no such time (no heating run).
 *
 * @param day ISO local date
 * @param coverage share of the day with polls, 0-100 %
 * @param starts compressor starts (heating and hot water)
 * @param meanRunMinutes mean compressor run
 * @param heat kWh, all uses
 * @param electricity kWh, all uses
 * @param cop heat over electricity, controller-reported
 * @param outdoorMean °C
 * @param flowMean heat-weighted flow temperature while heating, °C
 * @param spread heat-weighted flow-return spread while heating, K
 * @param hotWaterShare share of the day's electricity used for hot water, %
 * @param auxHours hours the backup heater ran
 * @param defrosts defrosts started
 */
public record DayFigures(
        String day,
        double coverage,
        Integer starts,
        Double meanRunMinutes,
        Double heat,
        Double electricity,
        Double cop,
        Double outdoorMean,
        Double flowMean,
        Double spread,
        Double hotWaterShare,
        Double auxHours,
        Integer defrosts) {}
