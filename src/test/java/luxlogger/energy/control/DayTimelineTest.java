package luxlogger.energy.control;

import static luxlogger.energy.control.TestDay.rising;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import luxlogger.energy.entity.DaySummary;
import org.junit.jupiter.api.Test;

/** The figures of a day held over time: window, coverage, outdoor, utility lock, integrated power, defrosts. */
class DayTimelineTest {

    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

    @Test
    void windowRunsFromLocalMidnightToThreePollsIntoTheNextDay() {
        TestDay day = new TestDay();

        assertThat(day.calculation.from()).isEqualTo("2026-01-13T23:00:00Z");
        assertThat(day.calculation.to()).isEqualTo("2026-01-14T23:01:30Z");
    }

    @Test
    void dayOfTwentyThreeHoursIsFullyCovered() {
        TestDay day = new TestDay(SPRING_FORWARD, TestDay.POLL);

        DaySummary summary = day.everyPoll(new RawPoll("V3.92"), (p, share) -> {});

        assertThat(Duration.between(day.calculation.from(), day.calculation.to()))
                .isEqualTo(Duration.ofHours(23).plusSeconds(90));
        assertThat(summary.samples).isEqualTo(23 * 120);
        assertThat(summary.coverage).isEqualTo(100.0);
        assertThat(summary.partial).isFalse();
    }

    @Test
    void dayOfTwentyFiveHoursIsFullyCovered() {
        DaySummary summary = new TestDay(FALL_BACK, TestDay.POLL).everyPoll(new RawPoll("V3.92"), (p, share) -> {});

        assertThat(summary.samples).isEqualTo(25 * 120);
        assertThat(summary.coverage).isEqualTo(100.0);
    }

    @Test
    void gapsLongerThanThreePollsAreNotCovered() {
        TestDay day = new TestDay();
        DaySummary summary = day.everyPoll(new RawPoll("V3.92"), (p, share) -> {
            if (share >= 0.5 && share < 0.75) {
                p.c(15, 100);
            }
        });
        // the same polls without the six hours between 12:00 and 18:00
        TestDay gappy = new TestDay();
        RawPoll poll = new RawPoll("V3.92");
        for (var t = gappy.calculation.from(); t.isBefore(gappy.calculation.to()); t = t.plus(TestDay.POLL)) {
            if (t.isBefore(gappy.at("12:00")) || !t.isBefore(gappy.at("18:00"))) {
                gappy.poll(poll, t);
            }
        }

        assertThat(summary.coverage).isEqualTo(100.0);
        assertThat(gappy.result().coverage).isCloseTo(75.0, within(0.05));
        assertThat(gappy.result().partial).isTrue();
    }

    @Test
    void outdoorSentinelsAreIgnored() {
        TestDay day = new TestDay();
        RawPoll poll = new RawPoll("V3.92");
        day.poll(poll.c(15, 20), day.at("06:00"))
                .poll(poll.c(15, -500), day.at("06:00:30"))
                .poll(poll.c(15, 750), day.at("06:01"))
                .poll(poll.c(15, 1500), day.at("06:01:30"))
                .poll(poll.c(15, -35), day.at("06:02"));

        DaySummary summary = day.result();

        assertThat(summary.outdoorMin).isEqualTo(-3.5);
        assertThat(summary.outdoorMax).isEqualTo(2.0);
        assertThat(summary.outdoorMean).isEqualTo(2.0);
    }

    @Test
    void outdoorMeanIsWeightedByTheTimeEachSampleStands() {
        TestDay day = new TestDay(TestDay.WINTER, Duration.ofMinutes(1));
        RawPoll poll = new RawPoll("V3.92");
        day.poll(poll.c(15, 0), day.at("10:00"))
                .poll(poll.c(15, 100), day.at("10:01"))
                .poll(poll.c(15, 200), day.at("10:03"));

        // 0.0 °C for one minute, 10.0 °C for two; the last sample stands for nothing (no poll follows it)
        assertThat(day.result().outdoorMean).isCloseTo(20.0 / 3, within(1e-9));
    }

    @Test
    void outdoorIsEmptyWithoutAValidSample() {
        TestDay day = new TestDay();
        day.poll(new RawPoll("V3.92").c(15, -500), day.at("10:00"));

        assertThat(day.result().outdoorMean).isNull();
        assertThat(day.result().outdoorMin).isNull();
    }

    @Test
    void utilityLockHoursAreTheTimeC31ReadsZeroForC31SaysRunningIsAllowed() {
        // both real dumps read 1 while idle and unlocked; the Luxtronik 2.0 manual: "EVU ... AUS = Sperrzeit"
        DaySummary summary = new TestDay()
                .everyPoll(new RawPoll("V3.92"), (p, share) -> p.c(31, share >= 0.5 && share < 0.5 + 2 / 24.0 ? 0 : 1));

        assertThat(summary.utilityLockHours).isCloseTo(2.0, within(0.01));
    }

    @Test
    void electricityIsThePowerReadingIntegratedPerModeWithoutCounters() {
        // V3.90: C268 present, no electricity inputs P1136-P1139 (parameters end before them)
        DaySummary summary = new TestDay().everyPoll(new RawPoll("V3.90.3", 1100, 270), (p, share) -> {
            int mode = share < 0.5 ? 0 : share < 0.5 + 1 / 24.0 ? 1 : 5;
            p.c(80, mode).c(268, mode == 0 ? 1000 : mode == 1 ? 2000 : 10).c(151, rising(80000, 400, share));
        });

        assertThat(summary.electricSource).isEqualTo("integrated");
        assertThat(summary.electricHeating).isCloseTo(12.0, within(0.01));
        assertThat(summary.electricHotWater).isCloseTo(2.0, within(0.01));
        assertThat(summary.copHeating).isCloseTo(40.0 / 12, within(0.01));
    }

    @Test
    void defrostsAreTheNewTimeStampsOfTheLastDefrost() {
        TestDay day = new TestDay();
        RawPoll poll = new RawPoll("V3.92");
        int[] stamps = {1000, 1000, 2000, 2000, 1500, 3000};
        for (int i = 0; i < stamps.length; i++) {
            day.poll(poll.p(1119, stamps[i]).c(80, 4), day.at("05:00").plusSeconds(30L * i));
        }

        assertThat(day.result().defrosts).isEqualTo(2);
        assertThat(day.result().defrostsEstimated).isFalse();
    }

    @Test
    void defrostsAreCountedFromModeChangesWithoutTheTimeStamp() {
        TestDay day = new TestDay();
        RawPoll poll = new RawPoll("V3.78", 1075, 232);
        int[] modes = {4, 0, 4, 4, 0, 1, 4, 0};
        for (int i = 0; i < modes.length; i++) {
            day.poll(poll.c(80, modes[i]), day.at("05:00").plusSeconds(30L * i));
        }
        day.poll(poll.c(80, 4), day.next("00:00"));

        assertThat(day.result().defrosts).isEqualTo(3);
        assertThat(day.result().defrostsEstimated).isTrue();
    }

    @Test
    void defrostsAndLockAreEmptyWithoutTheirRegisters() {
        TestDay day = new TestDay();
        day.poll(new RawPoll("V1.0", 1000, 30), day.at("05:00"));

        assertThat(day.result().defrosts).isNull();
        assertThat(day.result().defrostsEstimated).isNull();
        assertThat(day.result().utilityLockHours).isNull();
    }
}
