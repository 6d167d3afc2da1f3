package luxlogger.energy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Test
    void periodsStartOnTheirFirstDayAndSeasonsOnTheFirstOfTheirMonth() {
        assertThat(Period.DAY.start(DAY, Month.SEPTEMBER)).isEqualTo(DAY);
        assertThat(Period.MONTH.start(DAY, Month.SEPTEMBER)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Period.SEASON.start(DAY, Month.SEPTEMBER)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(Period.SEASON.start(LocalDate.of(2026, 8, 31), Month.SEPTEMBER))
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(Period.SEASON.start(DAY, Month.JANUARY)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void theNextPeriodFollowsWithoutGap() {
        assertThat(Period.DAY.next(DAY)).isEqualTo(DAY.plusDays(1));
        assertThat(Period.MONTH.next(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Period.SEASON.next(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void withoutFromTheLast30DaysTwelveMonthsOrTwoSeasonsAreShown() {
        assertThat(Period.DAY.defaultFrom(DAY, Month.SEPTEMBER)).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(Period.MONTH.defaultFrom(DAY, Month.SEPTEMBER)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.SEASON.defaultFrom(DAY, Month.SEPTEMBER)).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void anUnknownPeriodIsNamedWithTheKnownOnes() {
        assertThat(Period.of(" Month ")).isEqualTo(Period.MONTH);
        assertThatThrownBy(() -> Period.of("week")).hasMessage("period='week' is unknown: use day, month or season");
    }
}
