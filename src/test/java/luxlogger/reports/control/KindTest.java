package luxlogger.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import luxlogger.reports.entity.ReportSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which scheduled reports a start has missed: the catch-up after the server was down at CSV_TIME. */
class KindTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    @TempDir
    Path dir;

    private ReportSettings settings(DayOfWeek weeklyDay) {
        return new ReportSettings(LocalTime.of(7, 0), BERLIN, weeklyDay, dir.resolve("daily"), dir.resolve("weekly"),
                "standard", "", false, 30, 90);
    }

    private static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    @Test
    void beforeCsvTimeNothingIsMissed() {
        assertThat(Kind.missed(settings(DayOfWeek.MONDAY), at(6, 59))).isEmpty();
    }

    @Test
    void afterCsvTimeTheDailyAndOnTheWeeklyDayTheWeeklyReportAreMissedWithoutTheirFiles() {
        assertThat(Kind.missed(settings(DayOfWeek.MONDAY), at(7, 0))).containsExactly(Kind.DAILY, Kind.WEEKLY);
        assertThat(Kind.missed(settings(DayOfWeek.TUESDAY), at(12, 0))).containsExactly(Kind.DAILY);
    }

    @Test
    void aReportWhoseFileIsThereIsNotMissed() throws IOException {
        ReportSettings settings = settings(DayOfWeek.MONDAY);
        Path daily = Kind.DAILY.file(settings, DAY);
        Files.createDirectories(daily.getParent());
        Files.writeString(daily, "timestamp\n");
        assertThat(daily).hasFileName("2026-02-02_daily.csv").hasParent(dir.resolve("daily"));
        assertThat(Kind.missed(settings, at(8, 0))).containsExactly(Kind.WEEKLY);
    }

    @Test
    void theDayIsTheDayInTz() {
        // 23:30 UTC on Sunday is already Monday 00:30 in Berlin, before CSV_TIME there
        Instant lateSunday = Instant.parse("2026-02-01T23:30:00Z");
        assertThat(Kind.missed(settings(DayOfWeek.SUNDAY), lateSunday)).isEmpty();
    }

    @Test
    void kindsAreNamedByTheirKey() {
        assertThat(Kind.of("Weekly")).isEqualTo(Kind.WEEKLY);
        assertThatThrownBy(() -> Kind.of("monthly")).hasMessage("type='monthly' is unknown: use daily or weekly");
    }
}
