package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import luxlogger.readings.control.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Report windows anchored to CSV_TIME in TZ: in Berlin across both clock changes of 2026. */
class ScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 02:00 CET jumps to 03:00 CEST. */
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    /** 03:00 CEST falls back to 02:00 CET. */
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);

    private static Schedule at(String csvTime) {
        return new Schedule(LocalTime.parse(csvTime), BERLIN, DayOfWeek.MONDAY);
    }

    @Test
    void theDailyReportOfAClockChangeDayHas23Or25Hours() {
        Schedule schedule = at("07:00");
        assertThat(schedule.window(Kind.DAILY, SPRING).duration()).isEqualTo(Duration.ofHours(23));
        assertThat(schedule.window(Kind.DAILY, AUTUMN).duration()).isEqualTo(Duration.ofHours(25));
        assertThat(schedule.window(Kind.DAILY, SPRING.plusDays(1)).duration()).isEqualTo(Duration.ofHours(24));
        assertThat(schedule.window(Kind.DAILY, SPRING))
                .isEqualTo(new TimeRange(Instant.parse("2026-03-28T06:00:00Z"), Instant.parse("2026-03-29T05:00:00Z")));
    }

    @Test
    void aCsvTimeInTheHourSkippedInSpringIsAnHourLaterInSummerTime() {
        Schedule schedule = at("02:30");
        assertThat(schedule.at(SPRING))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"))
                .isEqualTo(schedule.at(SPRING));
        // 02:30 CET the day before: 24 hours, then 02:30 CEST the day after: 23 hours
        assertThat(schedule.window(Kind.DAILY, SPRING).duration()).isEqualTo(Duration.ofHours(24));
        assertThat(schedule.window(Kind.DAILY, SPRING.plusDays(1)).duration()).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void aCsvTimeInTheHourRepeatedInAutumnIsItsFirstTimeInSummerTime() {
        Schedule schedule = at("02:30");
        assertThat(schedule.at(AUTUMN))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"))
                .isEqualTo(schedule.at(AUTUMN));
        assertThat(schedule.window(Kind.DAILY, AUTUMN).duration()).isEqualTo(Duration.ofHours(24));
        assertThat(schedule.window(Kind.DAILY, AUTUMN.plusDays(1)).duration()).isEqualTo(Duration.ofHours(25));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:00", "02:00", "02:30", "02:59", "03:00", "07:00", "23:59"})
    void consecutiveDailyWindowsHoldEveryPollOnceAcrossBothClockChanges(String csvTime) {
        Schedule schedule = at(csvTime);
        for (LocalDate change : new LocalDate[] {SPRING, AUTUMN}) {
            LocalDate first = change.minusDays(3);
            LocalDate last = change.plusDays(3);
            for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
                assertThat(schedule.window(Kind.DAILY, day).to())
                        .isEqualTo(schedule.window(Kind.DAILY, day.plusDays(1)).from());
            }
            // a poll every 30 s lies in exactly one daily window
            Instant from = schedule.window(Kind.DAILY, first).from();
            Instant to = schedule.window(Kind.DAILY, last).to();
            var windows = first.datesUntil(last.plusDays(1))
                    .map(day -> schedule.window(Kind.DAILY, day))
                    .toList();
            List<Instant> notOnce = new ArrayList<>();
            for (Instant poll = from; poll.isBefore(to); poll = poll.plusSeconds(30)) {
                Instant time = poll;
                if (windows.stream()
                                .filter(window -> !time.isBefore(window.from()) && time.isBefore(window.to()))
                                .count()
                        != 1) {
                    notOnce.add(poll);
                }
            }
            assertThat(notOnce)
                    .as("polls in no or several daily windows around " + change)
                    .isEmpty();
        }
    }

    @Test
    void theWeeklyWindowIsTheUnionOfItsSevenDailyOnes() {
        Schedule schedule = at("02:30");
        LocalDate monday = LocalDate.of(2026, 10, 26);
        TimeRange week = schedule.window(Kind.WEEKLY, monday);
        assertThat(week.from())
                .isEqualTo(schedule.window(Kind.DAILY, monday.minusDays(6)).from());
        assertThat(week.to()).isEqualTo(schedule.window(Kind.DAILY, monday).to());
        assertThat(week.duration()).isEqualTo(Duration.ofHours(7 * 24 + 1));
    }

    @Test
    void theLatestReportIsTheOneWhoseTimeHasCome() {
        Schedule schedule = at("02:30");
        Instant due = schedule.at(SPRING);
        assertThat(schedule.latest(Kind.DAILY, due.minusMillis(1))).isEqualTo(SPRING.minusDays(1));
        assertThat(schedule.latest(Kind.DAILY, due)).isEqualTo(SPRING);
        // the weekly report is due on Mondays: Sunday 29 March still has the one of Monday 23 March
        assertThat(schedule.latest(Kind.WEEKLY, due)).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(schedule.next(due.minusMillis(1))).isEqualTo(due);
        assertThat(schedule.next(due)).isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
        assertThat(schedule.next(schedule.at(AUTUMN))).isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
    }
}
