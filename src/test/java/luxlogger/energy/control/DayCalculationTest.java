package luxlogger.energy.control;

import static luxlogger.energy.control.TestDay.rising;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import luxlogger.energy.entity.DaySummary;
import org.junit.jupiter.api.Test;

/** The counter figures of a day summary (design-12 §8), each from raw register values. */
class DayCalculationTest {

    private final TestDay day = new TestDay();

    @Test
    void heatIsTheIncreaseOfTheHeatMeterInTenths() {
        DaySummary summary = day.everyPoll(new RawPoll("V3.78"), (p, share) -> p.c(151, rising(87727, 50, share)));

        assertThat(summary.heatHeating).isEqualTo(5.0);
        assertThat(summary.heatTotal).isEqualTo(5.0);
        assertThat(summary.heatHotWater).isNull();
        assertThat(summary.counterEvents).isNull();
        assertThat(summary.day).isEqualTo("2026-01-14");
        assertThat(summary.rules).isEqualTo(DayCalculation.RULES);
        assertThat(summary.firmware).isEqualTo("V3.78");
    }

    @Test
    void heatMeterReadingZeroAllDayIsEmptyNotZero() {
        DaySummary summary = day.everyPoll(new RawPoll("V1.80"), (p, share) -> p.c(57, rising(900, 5, share)));

        assertThat(summary.heatHeating).isNull();
        assertThat(summary.heatTotal).isNull();
        assertThat(summary.heatAux).isNull();
        assertThat(summary.electricTotal).isNull();
        assertThat(summary.copTotal).isNull();
        assertThat(summary.compressorStarts).isEqualTo(5);
    }

    @Test
    void smallDropOfTheHeatMeterIsIgnoredAndReported() {
        RawPoll poll = new RawPoll("V3.78");
        day.poll(poll.c(151, 336638), day.at("08:00"))
                .poll(poll.c(151, 336636), day.at("08:00:30"))
                .poll(poll.c(151, 336640), day.at("08:01"));

        DaySummary summary = day.result();

        assertThat(summary.heatHeating).isEqualTo(0.2);
        assertThat(summary.counterEvents).isEqualTo("heatHeating:drop 0.2");
    }

    @Test
    void eventsOfSeveralCountersAreListedTogether() {
        RawPoll poll = new RawPoll("V3.92");
        day.poll(poll.c(151, 336638).p(1136, 500000), day.at("08:00"))
                .poll(poll.c(151, 336636).p(1136, 12), day.at("08:00:30"))
                .poll(poll.c(151, 336640).p(1136, 14), day.at("08:01"));

        DaySummary summary = day.result();

        assertThat(summary.electricHeating).isEqualTo(0.14);
        assertThat(summary.counterEvents).isEqualTo("heatHeating:drop 0.2;electricHeating:reset");
    }

    @Test
    void sentinelValueIsSkipped() {
        RawPoll poll = new RawPoll("V3.78");
        day.poll(poll.c(151, 1000), day.at("08:00"))
                .poll(poll.c(151, 2147483647), day.at("08:00:30"))
                .poll(poll.c(151, 1002), day.at("08:01"));

        assertThat(day.result().heatHeating).isEqualTo(0.2);
        assertThat(day.result().counterEvents).isEqualTo("heatHeating:invalid");
    }

    @Test
    void electricityCounterAppearingMidDayCountsFromItsFirstSample() {
        RawPoll poll = new RawPoll("V3.88", 1100, 270);
        DaySummary summary = day.everyPoll(poll, (p, share) -> {
            if (share >= 0.5) {
                p.parameters(1150).firmware("V3.88.1").p(1136, rising(0, 250, 2 * share - 1));
            }
            p.c(151, rising(80000, 100, share));
        });

        assertThat(summary.electricHeating).isEqualTo(2.5);
        assertThat(summary.electricSource).isEqualTo("counter");
        assertThat(summary.electricTotal).isEqualTo(2.5);
        assertThat(summary.copHeating).isEqualTo(4.0);
        assertThat(summary.copTotal).isEqualTo(4.0);
        assertThat(summary.firmware).isEqualTo("V3.88.1");
    }

    @Test
    void auxHeatIsFrozenP1059PlusAdvancingP1140InTenthsOnV3() {
        // BenPru/luxtronik#733: P1059 frozen at 0, P1140 +134.8 kWh
        DaySummary summary = day.everyPoll(new RawPoll("V3.92.1"), (p, share) -> p.p(1140, rising(5000, 1348, share)));

        assertThat(summary.heatAux).isEqualTo(134.8);
    }

    @Test
    void auxHeatIsInHundredthsOnV2() {
        RawPoll poll = new RawPoll("V2.88.3", 1100, 250);
        DaySummary summary = day.everyPoll(poll, (p, share) -> p.p(1059, rising(70000, 1348, share)));

        assertThat(summary.heatAux).isEqualTo(13.48);
    }

    @Test
    void auxHeatIsEmptyOnV1() {
        DaySummary summary = day.everyPoll(new RawPoll("V1.80"), (p, share) -> p.p(1059, rising(70000, 50, share)));

        assertThat(summary.heatAux).isNull();
    }

    @Test
    void meanRunTimeIsRunSecondsPerStart() {
        DaySummary summary = day.everyPoll(
                new RawPoll("V3.78"),
                (p, share) -> p.c(57, rising(2029, 2, share))
                        .c(56, rising(4_000_000, 3000, share))
                        .c(64, rising(3_000_000, 2400, share))
                        .c(65, rising(1_000_000, 600, share))
                        .c(60, rising(7200, 1800, share)));

        assertThat(summary.compressorStarts).isEqualTo(2);
        assertThat(summary.compressorHours).isCloseTo(3000 / 3600.0, within(1e-9));
        assertThat(summary.meanRunMinutes).isEqualTo(25.0);
        assertThat(summary.hoursHeating).isEqualTo(2400 / 3600.0);
        assertThat(summary.hoursHotWater).isEqualTo(600 / 3600.0);
        assertThat(summary.hoursCooling).isNull();
        assertThat(summary.auxHours).isEqualTo(0.5);
    }

    @Test
    void meanRunTimeIsEmptyWithoutAStart() {
        DaySummary summary =
                day.everyPoll(new RawPoll("V3.78"), (p, share) -> p.c(57, 2029).c(56, rising(4_000_000, 600, share)));

        assertThat(summary.compressorStarts).isZero();
        assertThat(summary.meanRunMinutes).isNull();
    }

    @Test
    void copIsEmptyBelowATenthOfAKilowattHour() {
        DaySummary summary = day.everyPoll(
                new RawPoll("V3.92"),
                (p, share) -> p.c(152, rising(3000, 20, share)).p(1137, rising(100, 5, share)));

        assertThat(summary.heatHotWater).isEqualTo(2.0);
        assertThat(summary.electricHotWater).isEqualTo(0.05);
        assertThat(summary.copHotWater).isNull();
    }

    @Test
    void totalElectricityIsEmptyWhenAModeThatMadeHeatHasNone() {
        DaySummary summary = day.everyPoll(
                new RawPoll("V3.92"),
                (p, share) -> p.c(151, rising(80000, 300, share))
                        .c(153, rising(4000, 50, share))
                        .p(1136, rising(500, 1000, share)));

        assertThat(summary.heatTotal).isEqualTo(35.0);
        assertThat(summary.electricHeating).isEqualTo(10.0);
        assertThat(summary.electricPool).isNull();
        assertThat(summary.electricTotal).isNull();
        assertThat(summary.copHeating).isEqualTo(3.0);
        assertThat(summary.copTotal).isNull();
    }
}
