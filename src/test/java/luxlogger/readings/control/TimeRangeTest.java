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

    @Test
    void readsEveryDocumentedForm() {
        assertThat(TimeRange.parse("2026-01-31T06:00:00Z", "1769842800", Duration.ofDays(1), BERLIN))
                .isEqualTo(new TimeRange(Instant.parse("2026-01-31T06:00:00Z"), Instant.parse("2026-01-31T07:00:00Z")));
        assertThat(TimeRange.parse("2026-01-31", "2026-01-31T07:00+01:00", Duration.ofDays(1), BERLIN).from())
                .isEqualTo(Instant.parse("2026-01-30T23:00:00Z"));
        assertThat(TimeRange.parse("2026-01-31T07:00", "2026-02-01", Duration.ofDays(1), BERLIN).from())
                .isEqualTo(Instant.parse("2026-01-31T06:00:00Z"));
        assertThat(TimeRange.parse(null, "9999-12-30", Duration.ofDays(1), null).from())
                .isEqualTo(Instant.parse("9999-12-29T00:00:00Z"));
    }

    /** Times no poll can have: a year past 9999 made a report name that nothing lists or deletes. */
    @ParameterizedTest
    @ValueSource(strings = {"9999999999999", "+99999-01-01T00:00:00Z", "+10000-01-01T00:00Z", "9999-12-31T12:00:00Z", "-1",
        "1969-12-31", "-99999999999", "0000-01-01"})
    void refusesTimesBefore1970OrAfter9999(String time) {
        assertThatThrownBy(() -> TimeRange.parse(time, null, Duration.ofDays(1), BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from='" + time + "' is out of range: use a time from 1970-01-01 to 9999-12-30");
        assertThatThrownBy(() -> TimeRange.parse(null, time, Duration.ofDays(1), BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("to='" + time + "' is out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "99999999999999999999", "10000-01-01", "2026-13-45", "2026-02-30", "0x10", "1e10", "２０２６-01-01",
        "2026-01-31T25:00", "2026-01-31T07:00+25:00", ""})
    void refusesWhatIsNoTimeNamingTheValue(String time) {
        if (time.isEmpty()) {
            assertThat(TimeRange.parse(time, null, Duration.ofHours(1), BERLIN).duration()).isEqualTo(Duration.ofHours(1));
            return;
        }
        assertThatThrownBy(() -> TimeRange.parse(time, null, Duration.ofDays(1), BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("from='" + time + "' is not a time");
    }
}
