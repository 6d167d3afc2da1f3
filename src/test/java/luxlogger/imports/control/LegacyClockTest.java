package luxlogger.imports.control;

import static luxlogger.imports.control.Inverse.MISS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Local time strings of Europe/Berlin back to Unix seconds, around the end of summer time on 2025-10-26. */
class LegacyClockTest {

    private static final String CLOCK = "calculations.ID_WEB_AktuelleTimeStamp";
    private static final String SWITCH_OFF = "calculations.ID_WEB_Switchoff_file_Time2";
    /** 2025-10-26T00:30:00Z, 02:30 summer time; the same local time comes again at 01:30Z in winter time. */
    private static final long SUMMER_0230 = 1761438600L;

    private static final long WINTER_0230 = SUMMER_0230 + 3600;

    private final LegacyClock clock = new LegacyClock(ZoneId.of("Europe/Berlin"));

    @Test
    void readsLocalTimesOutsideTheRepeatedHour() {
        clock.row(Instant.ofEpochSecond(1736121600));

        assertThat(clock.raw(CLOCK, "2025-01-06 01:00:00")).isEqualTo(1736121600);
        assertThat(clock.raw(SWITCH_OFF, "2016-12-28 21:52:24")).isEqualTo(1482958344);
    }

    @Test
    void readsTheEpochOfTheZoneAsZero() {
        clock.row(Instant.ofEpochSecond(1736121600));
        var utc = new LegacyClock(ZoneOffset.UTC);
        utc.row(Instant.ofEpochSecond(1736121600));

        assertThat(clock.raw(SWITCH_OFF, "1970-01-01 01:00:00")).isZero();
        assertThat(utc.raw(SWITCH_OFF, "1970-01-01 00:00:00")).isZero();
    }

    @Test
    void tellsTheRepeatedHourApartByTheRowNearIt() {
        clock.row(Instant.ofEpochSecond(SUMMER_0230));
        assertThat(clock.raw(CLOCK, "2025-10-26 02:30:00")).isEqualTo(SUMMER_0230);

        var later = new LegacyClock(ZoneId.of("Europe/Berlin"));
        later.row(Instant.ofEpochSecond(WINTER_0230 + 20));
        assertThat(later.raw(CLOCK, "2025-10-26 02:30:00")).isEqualTo(WINTER_0230);
    }

    @Test
    void missesARepeatedHourFarFromTheRow() {
        clock.row(Instant.ofEpochSecond(1736121600));

        assertThat(clock.raw(SWITCH_OFF, "2024-10-27 02:15:00")).isEqualTo(MISS);
    }

    @Test
    void keepsWhatAStringWasReadAsWhileItStaysTheSame() {
        clock.row(Instant.ofEpochSecond(SUMMER_0230));
        assertThat(clock.raw(SWITCH_OFF, "2025-10-26 02:28:00")).isEqualTo(SUMMER_0230 - 120);
        clock.converted();
        for (long row = SUMMER_0230 + 30; row < SUMMER_0230 + 7200; row += 30) {
            clock.row(Instant.ofEpochSecond(row));
            assertThat(clock.raw(SWITCH_OFF, "2025-10-26 02:28:00")).isEqualTo(SUMMER_0230 - 120);
            clock.converted();
        }
    }

    @Test
    void readsANewStringAsWhatHappenedSinceTheRowBefore() {
        clock.row(Instant.ofEpochSecond(WINTER_0230 - 30));
        clock.raw(SWITCH_OFF, "2016-12-28 21:52:24");
        clock.converted();
        clock.row(Instant.ofEpochSecond(WINTER_0230));

        // the summer instant lies an hour before the row before: only the winter one happened in between
        assertThat(clock.raw(SWITCH_OFF, "2025-10-26 02:29:50")).isEqualTo(WINTER_0230 - 10);
    }

    @Test
    void missesARepeatedHourAfterAGapThatHoldsBothInstants() {
        clock.row(Instant.ofEpochSecond(SUMMER_0230 - 7200));
        clock.converted();
        clock.row(Instant.ofEpochSecond(WINTER_0230 + 3600));

        assertThat(clock.raw(CLOCK, "2025-10-26 02:30:00")).isEqualTo(MISS);
    }

    @Test
    void forgetsTheReadingsOfARowThatGaveNoPoll() {
        clock.row(Instant.ofEpochSecond(SUMMER_0230));
        clock.raw(SWITCH_OFF, "2025-10-26 02:28:00");
        clock.row(Instant.ofEpochSecond(WINTER_0230));

        // read afresh, near this row, not kept from the row before
        assertThat(clock.raw(SWITCH_OFF, "2025-10-26 02:28:00")).isEqualTo(WINTER_0230 - 120);
    }

    @Test
    void missesLocalTimesTheClockSkipped() {
        clock.row(Instant.ofEpochSecond(1743294600));

        assertThat(clock.raw(CLOCK, "2025-03-30 02:30:00")).isEqualTo(MISS);
    }

    @Test
    void missesStringsPythonDidNotPrint() {
        clock.row(Instant.ofEpochSecond(1736121600));

        assertThat(clock.raw(CLOCK, "2025-01-06T01:00:00")).isEqualTo(MISS);
        assertThat(clock.raw(CLOCK, "2025-13-06 01:00:00")).isEqualTo(MISS);
        assertThat(clock.raw(CLOCK, "2025-01-06 01:00:00.5")).isEqualTo(MISS);
        assertThat(clock.raw(CLOCK, "2025-01-06 1:00:00")).isEqualTo(MISS);
        assertThat(clock.raw(CLOCK, "2025-01-06 01:00:0x")).isEqualTo(MISS);
        assertThat(clock.raw(CLOCK, "2100-01-06 01:00:00")).isEqualTo(MISS);
    }
}
