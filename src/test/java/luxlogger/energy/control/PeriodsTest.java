package luxlogger.energy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import luxlogger.energy.entity.DaySummary;
import luxlogger.energy.entity.PeriodSummary;
import org.junit.jupiter.api.Test;

/** Months, heating seasons and the day view, summed from day rows. */
class PeriodsTest {

    private static final YearMonth JANUARY = YearMonth.of(2027, 1);

    /** A full day with heat and electricity to heating, as a row of the store. */
    private static DaySummary day(String date, Double heat, Double electricity) {
        DaySummary row = new DaySummary();
        row.day = date;
        row.samples = 2880;
        row.coverage = 100;
        row.heatHeating = heat;
        row.heatTotal = heat;
        row.electricHeating = electricity;
        row.electricTotal = electricity;
        row.electricSource = electricity == null ? null : "counter";
        row.copHeating = DayCalculation.ratio(heat, electricity);
        return row;
    }

    private static List<DaySummary> fullDays(YearMonth month, int count) {
        List<DaySummary> rows = new ArrayList<>();
        for (int d = 1; d <= count; d++) {
            rows.add(day(month.atDay(d).toString(), 10.0, 2.5));
        }
        return rows;
    }

    @Test
    void performanceFactorIsTheRatioOfTheSumsNotTheMeanOfTheCops() {
        List<DaySummary> rows = List.of(day("2027-01-10", 10.0, 2.0), day("2027-01-11", 30.0, 10.0));

        PeriodSummary month = Periods.month(JANUARY, rows);

        assertThat(month.heatHeating()).isEqualTo(40.0);
        assertThat(month.electricHeating()).isEqualTo(12.0);
        assertThat(month.factorHeating()).isCloseTo(3.33, within(0.005)).isNotEqualTo(4.0);
        assertThat(month.factorTotal()).isCloseTo(3.33, within(0.005));
        assertThat(month.electricSource()).isEqualTo("counter");
    }

    @Test
    void performanceFactorIsEmptyWhenADayWithHeatHasNoElectricity() {
        List<DaySummary> rows = List.of(day("2027-01-10", 10.0, 2.0), day("2027-01-11", 30.0, null));

        PeriodSummary month = Periods.month(JANUARY, rows);

        assertThat(month.heatHeating()).isEqualTo(40.0);
        assertThat(month.electricHeating()).isEqualTo(2.0);
        assertThat(month.factorHeating()).isNull();
    }

    @Test
    void performanceFactorIsEmptyBelowATenthOfAKilowattHour() {
        PeriodSummary month = Periods.month(JANUARY, List.of(day("2027-01-10", 1.0, 0.05)));

        assertThat(month.factorHeating()).isNull();
        assertThat(month.factorHotWater()).isNull();
    }

    @Test
    void seasonRunsTwelveMonthsFromItsStartMonth() {
        List<DaySummary> rows = List.of(
                day("2026-08-31", 100.0, 1.0),
                day("2026-09-01", 10.0, 2.0),
                day("2027-08-31", 30.0, 10.0),
                day("2027-09-01", 100.0, 1.0));

        PeriodSummary season = Periods.season(2026, Month.SEPTEMBER, rows);

        assertThat(season.period()).isEqualTo("season");
        assertThat(season.label()).isEqualTo("2026/27");
        assertThat(season.from()).isEqualTo("2026-09-01");
        assertThat(season.to()).isEqualTo("2027-09-01");
        assertThat(season.days()).isEqualTo(365);
        assertThat(season.daysWithData()).isEqualTo(2);
        assertThat(season.heatHeating()).isEqualTo(40.0);
        assertThat(season.complete()).isFalse();
    }

    @Test
    void seasonOfADayDependsOnTheStartMonth() {
        assertThat(Periods.seasonStartYear(LocalDate.of(2027, 2, 1), Month.SEPTEMBER))
                .isEqualTo(2026);
        assertThat(Periods.seasonStartYear(LocalDate.of(2026, 9, 1), Month.SEPTEMBER))
                .isEqualTo(2026);
        assertThat(Periods.seasonLabel(1999, Month.JULY)).isEqualTo("1999/00");
        assertThat(Periods.seasonLabel(2026, Month.JANUARY)).isEqualTo("2026");
    }

    @Test
    void monthIsCompleteWithTwentyFourOfThirtyFullDays() {
        YearMonth june = YearMonth.of(2027, 6);
        List<DaySummary> rows = fullDays(june, 24);
        List<DaySummary> oneShort = fullDays(june, 23);
        List<DaySummary> onePartial = fullDays(june, 24);
        onePartial.get(0).partial = true;

        assertThat(Periods.month(june, rows).complete()).isTrue();
        assertThat(Periods.month(june, oneShort).complete()).isFalse();
        assertThat(Periods.month(june, onePartial).complete()).isFalse();
        assertThat(Periods.month(june, onePartial).partialDays()).isEqualTo(1);
        assertThat(Periods.month(YearMonth.of(2027, 7), fullDays(YearMonth.of(2027, 7), 24))
                        .complete())
                .isFalse();
        assertThat(Periods.month(june, rows).coverage()).isEqualTo(80.0);
    }

    @Test
    void dayViewHasTheDaysCopAsItsFactor() {
        DaySummary row = day("2027-01-10", 10.0, 2.5);
        row.outdoorMin = -3.0;
        row.outdoorMean = 1.5;
        row.outdoorMax = 4.0;

        PeriodSummary day = Periods.day(row);

        assertThat(day.period()).isEqualTo("day");
        assertThat(day.label()).isEqualTo("2027-01-10");
        assertThat(day.days()).isEqualTo(1);
        assertThat(day.complete()).isTrue();
        assertThat(day.factorHeating()).isEqualTo(row.copHeating).isEqualTo(4.0);
        assertThat(day.outdoorMean()).isEqualTo(1.5);
        assertThat(day.heatPool()).isNull();
        assertThat(day.compressorStarts()).isNull();
    }

    @Test
    void countsAndTimesAreSummedAndTheMeanRunTimeComesFromTheSums() {
        DaySummary first = day("2027-01-10", 10.0, 2.5);
        first.compressorStarts = 10;
        first.compressorHours = 2.0;
        first.defrosts = 3;
        first.defrostsEstimated = false;
        first.outdoorMin = -5.0;
        first.outdoorMean = 0.0;
        first.outdoorMax = 2.0;
        DaySummary second = day("2027-01-11", 8.0, null);
        second.electricSource = "integrated";
        second.electricHeating = 2.0;
        second.compressorStarts = 2;
        second.compressorHours = 2.0;
        second.defrosts = 1;
        second.defrostsEstimated = true;
        second.coverage = 50;
        second.partial = true;
        second.outdoorMin = 3.0;
        second.outdoorMean = 6.0;
        second.outdoorMax = 9.0;

        PeriodSummary month = Periods.month(JANUARY, List.of(first, second));

        assertThat(month.compressorStarts()).isEqualTo(12);
        assertThat(month.compressorHours()).isEqualTo(4.0);
        assertThat(month.meanRunMinutes()).isEqualTo(20.0);
        assertThat(month.defrosts()).isEqualTo(4);
        assertThat(month.defrostsEstimated()).isTrue();
        assertThat(month.electricSource()).isEqualTo("mixed");
        assertThat(month.outdoorMin()).isEqualTo(-5.0);
        assertThat(month.outdoorMax()).isEqualTo(9.0);
        assertThat(month.outdoorMean()).isEqualTo(2.0);
        assertThat(month.factorHeating()).isEqualTo(4.0);
    }
}
