package luxlogger.diagnosis.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import luxlogger.diagnosis.entity.DayFigures;
import luxlogger.energy.entity.DaySummary;

/** The days of a report for its charts: the day summaries' figures and the pass's heating temperatures. */
final class DayRows {

    private DayRows() {}

    static List<DayFigures> of(PeriodPass pass, List<DaySummary> summaries) {
        Map<String, DaySummary> byDay = new HashMap<>();
        summaries.forEach(summary -> byDay.put(summary.day, summary));
        Days days = pass.days();
        HeatingTemperatures heating = pass.heating();
        List<DayFigures> rows = new ArrayList<>();
        for (int i = 0; i < days.count(); i++) {
            String day = days.date(i).toString();
            DaySummary s = byDay.get(day);
            Double flow = round(heating.dayFlow(i));
            Double spread = round(heating.daySpread(i));
            if (s == null) {
                rows.add(new DayFigures(day, 0, null, null, null, null, null, null, flow, spread, null, null, null));
                continue;
            }
            Double share = s.electricHotWater != null && s.electricTotal != null && s.electricTotal > 0
                    ? round(100 * s.electricHotWater / s.electricTotal)
                    : null;
            rows.add(new DayFigures(
                    day,
                    Words.round(s.coverage, 1),
                    s.compressorStarts,
                    round(s.meanRunMinutes),
                    round(s.heatTotal),
                    round(s.electricTotal),
                    s.copTotal == null ? null : Words.round(s.copTotal, 2),
                    round(s.outdoorMean),
                    flow,
                    spread,
                    share,
                    round(s.auxHours),
                    s.defrosts));
        }
        return rows;
    }

    private static Double round(Double value) {
        return value == null ? null : Words.round(value, 1);
    }
}
