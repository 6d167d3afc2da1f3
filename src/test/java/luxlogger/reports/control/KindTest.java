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
import java.util.List;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.entity.ReportSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which scheduled reports a catch-up owes: those whose time came while the server was down. */
class KindTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    @TempDir
    Path dir;

    private ReportSettings settings(DayOfWeek weeklyDay) {
        return settings(weeklyDay, List.of(ExportFormat.CSV));
    }

    private ReportSettings settings(DayOfWeek weeklyDay, List<ExportFormat> formats) {
        return new ReportSettings(
                LocalTime.of(7, 0),
                BERLIN,
                weeklyDay,
                dir.resolve("daily"),
                dir.resolve("weekly"),
                "standard",
                "",
                false,
                30,
                90,
                formats);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    private void written(Kind kind, ReportSettings settings, LocalDate day) throws IOException {
        for (Path file : kind.files(settings, day)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "timestamp\n");
        }
    }

    @Test
    void aFirstStartOwesOnlyTheLatestReportOfEachKind() {
        ReportSettings settings = settings(DayOfWeek.MONDAY);
        assertThat(Kind.DAILY.missed(settings, at(DAY, 7, 0))).containsExactly(DAY);
        assertThat(Kind.WEEKLY.missed(settings, at(DAY, 7, 0))).containsExactly(DAY);
        // before CSV_TIME the latest ones are yesterday's and last week's
        assertThat(Kind.DAILY.missed(settings, at(DAY, 6, 59))).containsExactly(DAY.minusDays(1));
        assertThat(Kind.WEEKLY.missed(settings, at(DAY, 6, 59))).containsExactly(DAY.minusDays(7));
    }

    @Test
    void everyReportSinceTheNewestWrittenIsOwedOldestFirst() throws IOException {
        ReportSettings settings = settings(DayOfWeek.TUESDAY);
        written(Kind.DAILY, settings, DAY.minusDays(4));
        written(Kind.DAILY, settings, DAY.minusDays(2));
        written(Kind.WEEKLY, settings, LocalDate.of(2026, 1, 20));

        assertThat(Kind.DAILY.missed(settings, at(DAY, 12, 0))).containsExactly(DAY.minusDays(1), DAY);
        // the weekly report of Tuesday 27 January
        assertThat(Kind.WEEKLY.missed(settings, at(DAY, 12, 0))).containsExactly(LocalDate.of(2026, 1, 27));
    }

    @Test
    void aReportIsOwedUntilEachOfItsFormatsIsThere() throws IOException {
        ReportSettings settings = settings(DayOfWeek.MONDAY, List.of(ExportFormat.CSV, ExportFormat.JSONL));
        written(Kind.DAILY, settings, DAY.minusDays(2));
        // yesterday's JSON Lines report failed (e.g. a full disk) after its CSV was written
        Files.writeString(Kind.DAILY.file(settings, DAY.minusDays(1), ExportFormat.CSV), "timestamp\n");

        assertThat(Kind.DAILY.files(settings, DAY))
                .containsExactly(
                        dir.resolve("daily/2026-02-02_daily.csv"), dir.resolve("daily/2026-02-02_daily.jsonl"));
        assertThat(Kind.DAILY.missed(settings, at(DAY, 8, 0))).containsExactly(DAY.minusDays(1), DAY);
        written(Kind.DAILY, settings, DAY.minusDays(1));
        assertThat(Kind.DAILY.missed(settings, at(DAY, 8, 0))).containsExactly(DAY);
    }

    @Test
    void aFormatAddedToTheSettingsIsOwedTheLatestReportOnly() throws IOException {
        ReportSettings csv = settings(DayOfWeek.MONDAY);
        for (int days = 5; days >= 0; days--) {
            written(Kind.DAILY, csv, DAY.minusDays(days));
        }
        ReportSettings both = settings(DayOfWeek.MONDAY, List.of(ExportFormat.CSV, ExportFormat.JSONL));

        assertThat(Kind.DAILY.missed(csv, at(DAY, 8, 0))).isEmpty();
        assertThat(Kind.DAILY.missed(both, at(DAY, 8, 0))).containsExactly(DAY);
    }

    @Test
    void noReportOlderThanTheRetentionIsOwed() throws IOException {
        ReportSettings settings = settings(DayOfWeek.MONDAY);
        written(Kind.DAILY, settings, DAY.minusDays(100));

        assertThat(Kind.DAILY.missed(settings, at(DAY, 8, 0)))
                .hasSize(31)
                .startsWith(DAY.minusDays(30))
                .endsWith(DAY);
    }

    @Test
    void theDayIsTheDayInTz() {
        // 23:30 UTC on Sunday is already Monday 00:30 in Berlin, before CSV_TIME there: Sunday's report is the latest
        Instant lateSunday = Instant.parse("2026-02-01T23:30:00Z");
        assertThat(Kind.DAILY.missed(settings(DayOfWeek.SUNDAY), lateSunday)).containsExactly(DAY.minusDays(1));
    }

    @Test
    void scheduledReportsAreNamedByTheirDayAndReportsOnDemandByTheirMomentInTz() {
        ReportSettings settings = settings(DayOfWeek.MONDAY);
        assertThat(Kind.DAILY.file(settings, DAY, ExportFormat.CSV))
                .isEqualTo(dir.resolve("daily/2026-02-02_daily.csv"));
        assertThat(Kind.WEEKLY.file(settings, Instant.parse("2026-02-02T06:12:59Z"), ExportFormat.CSV))
                .isEqualTo(dir.resolve("weekly/2026-02-02T0712_weekly.csv"));
    }

    @Test
    void kindsAreNamedByTheirKey() {
        assertThat(Kind.of("Weekly")).isEqualTo(Kind.WEEKLY);
        assertThatThrownBy(() -> Kind.of("monthly")).hasMessage("type='monthly' is unknown: use daily or weekly");
    }
}
