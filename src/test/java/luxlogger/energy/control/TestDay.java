package luxlogger.energy.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import luxlogger.energy.entity.DaySummary;

/** A day of polls for the tests: a calculation for a Berlin day and the polls to feed it. */
final class TestDay {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate WINTER = LocalDate.of(2026, 1, 14);
    static final Duration POLL = Duration.ofSeconds(30);

    final LocalDate day;
    final Duration every;
    final DayCalculation calculation;

    TestDay(LocalDate day, Duration every) {
        this.day = day;
        this.every = every;
        this.calculation = new DayCalculation(day, BERLIN, every);
    }

    TestDay() {
        this(WINTER, POLL);
    }

    /** The instant of a local time of the day, e.g. {@code 13:05}. */
    Instant at(String localTime) {
        return day.atTime(LocalTime.parse(localTime)).atZone(BERLIN).toInstant();
    }

    /** The instant of a local time of the next day. */
    Instant next(String localTime) {
        return day.plusDays(1).atTime(LocalTime.parse(localTime)).atZone(BERLIN).toInstant();
    }

    TestDay poll(RawPoll poll, Instant time) {
        calculation.accept(poll.at(time));
        return this;
    }

    /**
     * Polls at every interval from the day's start to the window's end; {@code set} writes the raw values for the
     * share of the day passed: 0 at the start, 1 at the next day's start and after it.
     */
    DaySummary everyPoll(RawPoll poll, BiConsumer<RawPoll, Double> set) {
        long start = calculation.from().toEpochMilli();
        long length = next("00:00").toEpochMilli() - start;
        for (Instant t = calculation.from(); t.isBefore(calculation.to()); t = t.plus(every)) {
            set.accept(poll, Math.min(1.0, (t.toEpochMilli() - start) / (double) length));
            calculation.accept(poll.at(t));
        }
        return calculation.result();
    }

    DaySummary result() {
        return calculation.result();
    }

    /** A counter that rises evenly by {@code increase} over the day from {@code first}. */
    static int rising(int first, int increase, double share) {
        return first + (int) Math.round(increase * share);
    }
}
