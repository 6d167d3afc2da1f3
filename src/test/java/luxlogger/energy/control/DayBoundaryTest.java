package luxlogger.energy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import luxlogger.energy.entity.DaySummary;
import org.junit.jupiter.api.Test;

/** Where a day's counters start and end: the closing sample after midnight, and days that add up. */
class DayBoundaryTest {

    private final TestDay day = new TestDay();

    @Test
    void daysAddUpToTheWholeIncreaseAcrossMidnights() {
        // three days of polls every 30 s, the counter moving in irregular steps, with spikes (one at each midnight)
        // and small drops
        List<DayCalculation> days = IntStream.range(0, 3)
                .mapToObj(d -> new DayCalculation(TestDay.WINTER.plusDays(d), TestDay.BERLIN, TestDay.POLL))
                .toList();
        RawPoll poll = new RawPoll("V3.92");
        SplittableRandom random = new SplittableRandom(12);
        int value = 87727;
        int first = value;
        int last = value;
        for (var t = days.get(0).from(); t.isBefore(days.get(2).to()); t = t.plus(TestDay.POLL)) {
            boolean midnight =
                    t.equals(days.get(1).from()) || t.equals(days.get(2).from());
            boolean after = t.equals(days.get(1).from().plus(TestDay.POLL))
                    || t.equals(days.get(2).from().plus(TestDay.POLL));
            value += after ? 1 : random.nextInt(10) == 0 ? random.nextInt(3) : 0;
            int raw = midnight || random.nextInt(500) == 0 ? value + 900 : random.nextInt(300) == 0 ? value - 1 : value;
            for (DayCalculation day : days) {
                day.accept(poll.c(151, raw).at(t));
            }
            if (!t.isAfter(days.get(2).to().minus(TestDay.POLL.multipliedBy(3)))) {
                last = value;
            }
        }

        double sum = days.stream().mapToDouble(d -> d.result().heatHeating).sum();

        assertThat(sum).isCloseTo((last - first) / 10.0, within(1e-9));
        assertThat(days.stream().map(d -> String.valueOf(d.result().counterEvents)))
                .anyMatch(events -> events.contains("spike"))
                .anyMatch(events -> events.contains("drop"));
    }

    @Test
    void dayWithoutPollsIsPartialAndEmpty() {
        RawPoll poll = new RawPoll("V3.92").c(151, 1000).c(15, 50).c(80, 0);
        day.poll(poll, day.next("00:00")).poll(poll, day.next("00:00:30"));

        DaySummary summary = day.result();

        assertThat(summary.samples).isZero();
        assertThat(summary.coverage).isZero();
        assertThat(summary.partial).isTrue();
        assertThat(summary.firmware).isNull();
        assertThat(summary.heatTotal).isNull();
        assertThat(summary.outdoorMean).isNull();
        assertThat(summary.defrosts).isNull();
        assertThat(summary.counterEvents).isNull();
    }

    @Test
    void closingSampleAfterMidnightEndsTheDay() {
        RawPoll poll = new RawPoll("V3.78");
        day.poll(poll.c(151, 100), day.at("23:59:00"))
                .poll(poll.c(151, 101), day.at("23:59:30"))
                .poll(poll.c(151, 103), day.next("00:00:10"))
                .poll(poll.c(151, 104), day.next("00:00:40"));

        assertThat(day.result().heatHeating).isEqualTo(0.3);
        assertThat(day.result().samples).isEqualTo(2);
    }
}
