package luxlogger.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Wednesday: the last complete week is 2026-W49. */
    private static final Instant NOW = Instant.parse("2026-12-09T10:00:00Z");

    @Test
    void anIsoWeekRunsFromMondayToMondayInTheZone() {
        ReportPeriod week = ReportPeriod.parse("2026-W49", null, null, BERLIN, NOW);
        Instant later = Instant.parse("2027-02-01T00:00:00Z");

        assertThat(week.from()).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
        assertThat(week.to()).isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
        assertThat(week.week()).isEqualTo("2026-W49");
        assertThat(ReportPeriod.parse("2026-W01", null, null, ZoneOffset.UTC, later)
                        .from())
                .isEqualTo(Instant.parse("2025-12-29T00:00:00Z"));
        assertThat(ReportPeriod.parse("2026-W53", null, null, ZoneOffset.UTC, later)
                        .to())
                .isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
    }

    @Test
    void withoutParametersTheLastCompleteWeekIsReported() {
        assertThat(ReportPeriod.parse(null, "", " ", BERLIN, NOW).week()).isEqualTo("2026-W49");
        assertThat(ReportPeriod.lastCompleteWeek(Instant.parse("2027-01-04T08:00:00Z"), BERLIN)
                        .week())
                .isEqualTo("2026-W53");
    }

    @Test
    void aRangeTakesDatesOrInstantsAndAWeekForAMissingEnd() {
        ReportPeriod range = ReportPeriod.parse(null, "2026-12-01", "2026-12-03T12:00:00Z", BERLIN, NOW);

        assertThat(range.from()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-12-03T12:00:00Z"));
        assertThat(range.week()).isNull();
        assertThat(ReportPeriod.parse(null, "2026-12-01", null, ZoneOffset.UTC, NOW)
                        .to())
                .isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
        assertThat(ReportPeriod.parse(null, null, "2026-12-08", ZoneOffset.UTC, NOW)
                        .from())
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void eachBadParameterIsNamed() {
        assertThatThrownBy(() -> ReportPeriod.parse("2026-W60", null, null, BERLIN, NOW))
                .hasMessage("week='2026-W60' is not an ISO week: 2026 has weeks 01 to 53");
        assertThatThrownBy(() -> ReportPeriod.parse("2025-W53", null, null, BERLIN, NOW))
                .hasMessage("week='2025-W53' is not an ISO week: 2025 has weeks 01 to 52");
        assertThatThrownBy(() -> ReportPeriod.parse("week 49", null, null, BERLIN, NOW))
                .hasMessage("week='week 49' is not an ISO week: use e.g. 2026-W49");
        assertThatThrownBy(() -> ReportPeriod.parse("2026-W49", "2026-12-01", null, BERLIN, NOW))
                .hasMessage("week and from/to exclude each other: give either week=2026-W49 or from= and to=");
        assertThatThrownBy(() -> ReportPeriod.parse(null, "yesterday", "soon", BERLIN, NOW))
                .hasMessageContaining("from='yesterday' is not a time")
                .hasMessageContaining("to='soon' is not a time");
        assertThatThrownBy(() -> ReportPeriod.parse(null, "2026-12-08", "2026-12-01", BERLIN, NOW))
                .hasMessageContaining("must be before to");
        assertThatThrownBy(() -> ReportPeriod.parse(null, "2020-01-01", "2026-12-01", BERLIN, NOW))
                .hasMessageContaining("longer than 400 days");
        assertThatThrownBy(() -> ReportPeriod.parse("2026-W51", null, null, BERLIN, NOW))
                .hasMessage("week='2026-W51' has not begun: a report covers stored polls");
        assertThatThrownBy(() -> ReportPeriod.parse(null, "2026-12-10", null, BERLIN, NOW))
                .hasMessage("from (2026-12-09T23:00:00Z) has not come: a report covers stored polls");
        assertThatThrownBy(() -> ReportPeriod.parse("1969-W10", null, null, BERLIN, NOW))
                .hasMessage("week='1969-W10' is not an ISO week: 1969 is before 1970");
    }
}
