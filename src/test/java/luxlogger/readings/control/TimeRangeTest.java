package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeRangeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void readsEveryWrittenFormOfTheSameInstant() {
        Instant expected = Instant.parse("2026-01-31T06:00:00Z");
        for (String from : new String[] {
            "2026-01-31T06:00:00Z",
            "2026-01-31T07:00+01:00",
            "2026-01-31T07:00:00+0100",
            "2026-01-31T07:00",
            " 2026-01-31T07:00:00 ",
            "1769839200"
        }) {
            assertThat(TimeRange.parse(from, "2026-02-01", DAY, BERLIN).from())
                    .as(from)
                    .isEqualTo(expected);
        }
    }

    @Test
    void readsADateAsItsMidnightInTheZone() {
        var range = TimeRange.parse("2026-07-01", "2026-07-02", DAY, BERLIN);

        assertThat(range.from()).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-07-01T22:00:00Z"));
        assertThat(range.duration()).isEqualTo(DAY);
    }

    @Test
    void readsLocalTimesAsUtcWithoutAZone() {
        assertThat(TimeRange.parse("2026-07-01T12:00", "2026-07-02", DAY, null).from())
                .isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
    }

    @Test
    void startsTheDefaultLengthBeforeTheEndWhenFromIsMissing() {
        var range = TimeRange.parse(null, "2026-01-31T06:00:00Z", Duration.ofHours(6), null);

        assertThat(range.from()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void endsNowWhenToIsMissing() {
        Instant before = Instant.now();
        var range = TimeRange.parse("", " ", Duration.ofHours(1), BERLIN);
        Instant after = Instant.now();

        assertThat(range.to()).isBetween(before, after);
        assertThat(range.duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> TimeRange.parse("2026-02-01", "2026-01-31", DAY, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be before");
        assertThatThrownBy(() -> TimeRange.parse("2026-02-01", "2026-02-01", DAY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMoreThanFourHundredDays() {
        assertThat(TimeRange.parse("2025-01-01", "2026-02-05", DAY, null).duration())
                .isEqualTo(TimeRange.MAX);
        assertThatThrownBy(() -> TimeRange.parse("2025-01-01", "2026-02-06", DAY, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than 400 days");
    }

    @Test
    void namesTheValueThatIsNotATimeAndTheFormsItCouldTake() {
        assertThatThrownBy(() -> TimeRange.parse("yesterday", null, DAY, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("from='yesterday' is not a time")
                .hasMessageContaining("Unix seconds");
        assertThatThrownBy(() -> TimeRange.parse("2026-01-01", "2026-13-01", DAY, null))
                .hasMessageStartingWith("to='2026-13-01' is not a time");
        assertThatThrownBy(() -> TimeRange.parse("2026-01-31T25:00Z", null, DAY, null))
                .hasMessageStartingWith("from='2026-01-31T25:00Z' is not a time");
    }

    /** Times no poll can have: a year past 9999 made a report name that nothing lists or deletes. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "9999999999999",
                "+99999-01-01T00:00:00Z",
                "+10000-01-01T00:00Z",
                "9999-12-31T12:00:00Z",
                "-1",
                "1969-12-31",
                "-99999999999",
                "0000-01-01"
            })
    void refusesTimesBefore1970OrAfter9999(String time) {
        assertThatThrownBy(() -> TimeRange.parse(time, null, DAY, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "from='" + time
                                + "' is out of range: use a time from 1970-01-01 to 9999-12-30 (no year before 1970 or after 9999)");
        assertThatThrownBy(() -> TimeRange.parse(null, time, DAY, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("to='" + time + "' is out of range");
    }

    @Test
    void acceptsTheLastDayEveryZoneWritesWithFourDigits() {
        assertThat(TimeRange.parse(null, "9999-12-30", DAY, null).from())
                .isEqualTo(Instant.parse("9999-12-29T00:00:00Z"));
        assertThat(TimeRange.parse("1970-01-01T00:00:00Z", "1970-01-02", DAY, null)
                        .from())
                .isEqualTo(Instant.EPOCH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage",
                "99999999999999999999",
                "10000-01-01",
                "2026-02-30",
                "0x10",
                "1e10",
                "２０２６-01-01",
                "2026-01-31T07:00+25:00"
            })
    void refusesWhatIsNoTimeNamingTheValue(String time) {
        assertThatThrownBy(() -> TimeRange.parse(time, null, DAY, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("from='" + time + "' is not a time");
    }
}
