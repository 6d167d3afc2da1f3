package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Times in minutes, polls every minute: a gap of more than three minutes is not covered. */
class CoverageTest {

    private static final long MINUTE = 60_000;

    private final Coverage coverage = new Coverage(60 * MINUTE, 180 * MINUTE, MINUTE);

    private void polls(long from, long to) {
        for (long minute = from; minute < to; minute++) {
            coverage.poll(minute * MINUTE);
        }
    }

    @Test
    void pollsBeforeTheStartCoverItsFirstMinutes() {
        polls(50, 200);
        coverage.finish();

        assertThat(coverage.percent()).isEqualTo(100.0);
        assertThat(coverage.emptyHours()).isZero();
        assertThat(coverage.polls()).isEqualTo(120);
        assertThat(coverage.gaps()).isEmpty();
    }

    @Test
    void aLateStartAnEarlyEndAndAGapInBetweenAreNotCovered() {
        polls(70, 100);
        polls(110, 170);
        coverage.finish();

        // covered: 70-99 and 110-169; each last poll's minute ends in a gap of more than three
        assertThat(coverage.percent()).isEqualTo(100.0 * (29 + 59) / 120);
        assertThat(coverage.missingHours()).isEqualTo(32 / 60.0);
        assertThat(coverage.gaps())
                .extracting(gap -> gap.from() / MINUTE, gap -> gap.to() / MINUTE)
                .containsExactly(tuple(60L, 70L), tuple(99L, 110L), tuple(169L, 180L));
    }

    @Test
    void anHourWithoutAPollCountsAsEmpty() {
        polls(60, 119);
        coverage.finish();

        assertThat(coverage.emptyHours()).isEqualTo(1);
        assertThat(coverage.percent()).isEqualTo(100.0 * 58 / 120);
    }

    @Test
    void withoutPollsNothingIsCovered() {
        coverage.finish();

        assertThat(coverage.percent()).isZero();
        assertThat(coverage.emptyHours()).isEqualTo(2);
        assertThat(coverage.gaps())
                .singleElement()
                .satisfies(gap -> assertThat(gap.length()).isEqualTo(120 * MINUTE));
    }
}
