package luxlogger.energy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import luxlogger.energy.entity.DaySummary;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void everyFigureOfTheSummaryHasAColumnWithItsMeaningInTheSameOrder() {
        assertThat(SummaryTable.HEADER).startsWith("period", "label", "from", "to");
        assertThat(SummaryTable.HEADER).contains("heat_total", "electric_total", "factor_total", "mean_run_minutes");
        assertThat(SummaryTable.COLUMNS)
                .allSatisfy(column -> assertThat(column.meaning()).isNotBlank());
        assertThat(SummaryTable.UNITS)
                .containsEntry("heatTotal", "kWh")
                .containsEntry("compressorHours", "h")
                .containsEntry("outdoorMean", "°C")
                .doesNotContainKey("factorTotal");
    }

    @Test
    void rowsHoldTheFiguresWithNullWhereTheControllerHasNoCounter() {
        DaySummary day = new DaySummary();
        day.day = "2026-12-05";
        day.samples = 2_880;
        day.coverage = 100;
        day.heatHeating = 80.0;
        day.heatTotal = 80.0;
        day.compressorStarts = 12;

        List<List<Object>> rows = SummaryTable.rows(List.of(Periods.month(YearMonth.of(2026, 12), List.of(day))));

        List<Object> row = rows.get(0);
        assertThat(row).hasSize(SummaryTable.HEADER.size());
        assertThat(row.get(SummaryTable.HEADER.indexOf("label"))).isEqualTo("2026-12");
        assertThat(row.get(SummaryTable.HEADER.indexOf("from")))
                .isEqualTo(LocalDate.of(2026, 12, 1).toString());
        assertThat(row.get(SummaryTable.HEADER.indexOf("heat_total"))).isEqualTo(80.0);
        assertThat(row.get(SummaryTable.HEADER.indexOf("compressor_starts"))).isEqualTo(12);
        assertThat(row.get(SummaryTable.HEADER.indexOf("electric_total"))).isNull();
        assertThat(row.get(SummaryTable.HEADER.indexOf("factor_total"))).isNull();
    }

    @Test
    void headersAreTheFiguresNamesInSnakeCase() {
        assertThat(SummaryTable.header("heatHotWater")).isEqualTo("heat_hot_water");
        assertThat(SummaryTable.header("label")).isEqualTo("label");
    }
}
