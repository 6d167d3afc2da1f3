package luxlogger.energy.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The glitch rules of ENERGY.md §5 on one counter, each from the raw values of the field case it comes from. */
class CounterTrackTest {

    private static final long POLL = 30_000;

    private final CounterTrack heat = new CounterTrack("heatHeating", CounterKind.HEAT);

    private void feed(CounterTrack track, long... values) {
        for (int i = 0; i < values.length; i++) {
            track.add(values[i], i * POLL);
        }
    }

    private String events(CounterTrack track) {
        StringBuilder out = new StringBuilder();
        track.events(out, track.kind().divisor);
        return out.toString();
    }

    @Test
    void countsAMonotoneCounterFromFirstToLastSample() {
        feed(heat, 87727, 87728, 87730, 87731);

        assertThat(heat.delta()).isEqualTo(4);
        assertThat(events(heat)).isEmpty();
    }

    @Test
    void ignoresASmallDropAndReportsIt() {
        // home-assistant/core#135430: 33663.8 after 33664.0 kWh
        feed(heat, 336638, 336636, 336640);

        assertThat(heat.delta()).isEqualTo(2);
        assertThat(events(heat)).isEqualTo("heatHeating:drop 0.2");
    }

    @Test
    void dropsAOnePollSpikeThatFallsBack() {
        // BenPru/luxtronik#215: 36.1 kWh shown where 26.4 kWh was right
        feed(heat, 264, 361, 264, 265);

        assertThat(heat.delta()).isEqualTo(1);
        assertThat(events(heat)).isEqualTo("heatHeating:spike");
    }

    @Test
    void keepsALargeStepThatTheNextPollConfirms() {
        // the electricity inputs move every one to two hours, in steps far above 15 kW over one poll
        CounterTrack electricity = new CounterTrack("electricHeating", CounterKind.ELECTRICITY);
        feed(electricity, 543197, 543197, 543347, 543347);

        assertThat(electricity.delta()).isEqualTo(150);
        assertThat(events(electricity)).isEmpty();
    }

    @Test
    void dropsAStepHeldAtTheEndThatNothingConfirms() {
        feed(heat, 264, 265, 361);

        assertThat(heat.delta()).isEqualTo(1);
    }

    @Test
    void countsTheNewValueAfterAReset() {
        // ten minutes without polls (a controller update), then the meter counts from 0 again
        heat.add(500000, 0);
        heat.add(500001, POLL);
        heat.add(12, POLL + 600_000);
        heat.add(14, 2 * POLL + 600_000);

        assertThat(heat.delta()).isEqualTo(1 + 12 + 2);
        assertThat(events(heat)).isEqualTo("heatHeating:reset");
    }

    @Test
    void doesNotCountAResetValueTheCounterCannotHaveReached() {
        // 1.2 kWh from 0 in 30 s would be 144 kW: rather a garbage first sample and the real value after it
        feed(heat, 500000, 12, 14);

        assertThat(heat.delta()).isEqualTo(2);
        assertThat(events(heat)).isEqualTo("heatHeating:fall 49998.8");
    }

    @Test
    void goesOnFromALowerValueThatIsNeitherNoiseNorReset() {
        feed(heat, 361, 264, 266, 267);

        assertThat(heat.delta()).isEqualTo(3);
        assertThat(events(heat)).isEqualTo("heatHeating:fall 9.7");
    }

    @Test
    void skipsTheSentinelValue() {
        feed(heat, 1000, 2147483647, 1002, 1003);

        assertThat(heat.delta()).isEqualTo(3);
        assertThat(events(heat)).isEqualTo("heatHeating:invalid");
    }

    @Test
    void skipsZeroOnceTheCounterWasPositive() {
        feed(heat, 1000, 0, 0, 1003);

        assertThat(heat.delta()).isEqualTo(3);
        assertThat(events(heat)).isEqualTo("heatHeating:invalid x2");
    }

    @Test
    void startsAtTheFirstSampleOfACounterThatAppears() {
        feed(heat, 5000, 5001);

        assertThat(heat.delta()).isEqualTo(1);
    }

    @Test
    void isEmptyForACounterThatReadsZeroThroughout() {
        feed(heat, 0, 0, 0);

        assertThat(heat.delta()).isNull();
        assertThat(heat.present()).isFalse();
    }

    @Test
    void isEmptyForACounterNeverFed() {
        assertThat(heat.delta()).isNull();
    }

    @Test
    void isZeroForACounterThatStoodStill() {
        feed(heat, 87727, 87727);

        assertThat(heat.delta()).isZero();
    }

    @Test
    void countsUpToTheClosingSampleAndNoFurther() {
        feed(heat, 100, 101);
        heat.close(103, 2 * POLL);
        heat.close(110, 3 * POLL);

        assertThat(heat.delta()).isEqualTo(3);
    }

    @Test
    void letsTheSampleAfterTheClosingOneConfirmAHeldStep() {
        CounterTrack electricity = new CounterTrack("electricHeating", CounterKind.ELECTRICITY);
        feed(electricity, 1000, 1000);
        electricity.close(1200, 2 * POLL);
        electricity.close(1210, 3 * POLL);

        assertThat(electricity.delta()).isEqualTo(200);
    }

    @Test
    void letsTheSampleAfterTheClosingOneRefuteAHeldStep() {
        feed(heat, 264, 264);
        heat.close(361, 2 * POLL);
        heat.close(264, 3 * POLL);

        assertThat(heat.delta()).isZero();
        assertThat(events(heat)).isEqualTo("heatHeating:spike");
    }

    @Test
    void closesOnTheSampleAfterARefutedClosingSample() {
        feed(heat, 264, 264);
        heat.close(361, 2 * POLL);
        heat.close(266, 3 * POLL);
        heat.close(270, 4 * POLL);

        assertThat(heat.delta()).isEqualTo(2);
    }

    @Test
    void closesOnTheFirstValidSampleAfterTheDay() {
        feed(heat, 100, 101);
        heat.close(2147483647, 2 * POLL);
        heat.close(104, 3 * POLL);
        heat.close(110, 4 * POLL);

        assertThat(heat.delta()).isEqualTo(4);
    }
}
