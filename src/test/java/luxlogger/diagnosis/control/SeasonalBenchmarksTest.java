package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import luxlogger.diagnosis.entity.HeatSource;
import luxlogger.diagnosis.entity.Seasonal;
import luxlogger.energy.entity.DaySummary;
import org.junit.jupiter.api.Test;

class SeasonalBenchmarksTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    private final SeasonalBenchmarks benchmarks = new SeasonalBenchmarks(References.standard());

    private static DaySummary day(String date, Double heat, Double electricity) {
        var day = new DaySummary();
        day.day = date;
        day.heatTotal = heat;
        day.electricTotal = electricity;
        return day;
    }

    private Seasonal of(double heat, double electricity, HeatSource source) {
        return benchmarks.of(
                "2026/27",
                SEPTEMBER,
                List.of(day("2026-09-01", heat, electricity), day("2026-09-02", null, 3.0)),
                source);
    }

    @Test
    void anAirSourceFactorIsPlacedAmongTheMonitoredSystems() {
        Seasonal seasonal = of(40, 10, HeatSource.AIR);

        assertThat(seasonal.factor()).isEqualTo(4.0);
        assertThat(seasonal.betterThanTenths()).isEqualTo(5);
        assertThat(seasonal.text())
                .startsWith("Controller-reported seasonal factor 4.00 since 1 September 2026: better than about 5 of 10"
                        + " monitored air-source systems (heatpumpmonitor.org, median 4.00")
                .contains("calculates its heat from temperatures and an assumed flow");
        assertThat(seasonal.sources()).contains("heatpumpmonitor.org");
    }

    @Test
    void thePlaceIsInterpolatedAndBoundedByTheOuterTenths() {
        assertThat(benchmarks.percentile(3.835)).isCloseTo(37.5, within(0.01));
        assertThat(of(38.35, 10, HeatSource.AIR).betterThanTenths()).isEqualTo(4);
        Seasonal low = of(30, 10, HeatSource.AIR);
        assertThat(low.betterThanTenths()).isZero();
        assertThat(low.text()).contains("better than fewer than 1 in 10 monitored air-source systems");
        assertThat(of(48, 10, HeatSource.AIR).betterThanTenths()).isEqualTo(9);
    }

    @Test
    void groundAndWaterAreComparedWithTheFraunhoferMeans() {
        assertThat(of(40, 10, HeatSource.GROUND).text()).contains("average 4.3", "2.6 to 5.4", "4.1 (WPsmart");
        assertThat(of(40, 10, HeatSource.GROUND).betterThanTenths()).isNull();
        assertThat(of(40, 10, HeatSource.WATER).text()).contains("reach 3.4");
        assertThat(of(40, 10, null).text()).contains("heat source is unknown");
    }

    @Test
    void theSeasonBeginsWhereTheFiguresDoWhenLoggingBeganLater() {
        Seasonal seasonal = benchmarks.of("2026/27", SEPTEMBER, List.of(day("2026-11-03", 40.0, 10.0)), HeatSource.AIR);

        assertThat(seasonal.text()).contains("since 3 November 2026");
        assertThat(seasonal.season()).isEqualTo("2026/27");
    }

    @Test
    void withoutElectricityThereIsNoFactor() {
        Seasonal seasonal = benchmarks.of("2026/27", SEPTEMBER, List.of(day("2026-09-01", 40.0, null)), HeatSource.AIR);

        assertThat(seasonal.factor()).isNull();
        assertThat(seasonal.text()).isEqualTo("No seasonal factor: the controller has no electricity counters.");
    }
}
