package luxlogger.reports.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.readings.entity.ExportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportSettingsTest {

    @TempDir
    Path dir;

    private final GivenSettings given = new GivenSettings();

    @BeforeEach
    void dataFolder() {
        given.set("cache.path", dir.resolve("luxlogger.db").toString());
    }

    private ReportSettings settings() {
        return ReportSettings.from(given.reader());
    }

    @Test
    void defaultsAreTheDocumentedValuesBesideTheDatabase() {
        ReportSettings settings = settings();
        assertThat(settings.csvTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(settings.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(settings.weeklyDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(settings.csvDialect()).isEqualTo("standard");
        assertThat(settings.csvFields()).isEmpty();
        assertThat(settings.readableHeaders()).isFalse();
        assertThat(settings.csvRetentionDays()).isEqualTo(30);
        assertThat(settings.diskMaxPercent()).isEqualTo(90);
        assertThat(settings.dailyDir()).isEqualTo(dir.resolve("daily"));
        assertThat(settings.weeklyDir()).isEqualTo(dir.resolve("weekly"));
        assertThat(settings.reportFormats()).containsExactly(ExportFormat.CSV);
    }

    @Test
    void reportFormatsAreCsvJsonLinesOrBothEachOnce() {
        given.set("report.formats", " JSONL , csv,jsonl");
        assertThat(settings().reportFormats()).containsExactly(ExportFormat.JSONL, ExportFormat.CSV);
        given.set("report.formats", "jsonl");
        assertThat(settings().reportFormats()).containsExactly(ExportFormat.JSONL);
        given.set("report.formats", "");
        assertThat(settings().reportFormats()).containsExactly(ExportFormat.CSV);
    }

    @Test
    void readingCreatesNoFolder() {
        settings();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void acceptsTheValuesOfAPythonLoggerEnvFile() {
        given.set("csv.time", "6:30")
                .set("csv.dialect", "Excel-DE")
                .set("readable.headers", "TRUE")
                .set("tz", "Europe/Berlin")
                .set("weekly.day", "sun")
                .set("csv.fields", " *Temperatur* ")
                .set("output.dirs", "daily=" + dir.resolve("d") + ",weekly=" + dir.resolve("w"));
        ReportSettings settings = settings();
        assertThat(settings.csvTime()).isEqualTo(LocalTime.of(6, 30));
        assertThat(settings.csvDialect()).isEqualTo("excel-de");
        assertThat(settings.readableHeaders()).isTrue();
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.weeklyDay()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(settings.csvFields()).isEqualTo("*Temperatur*");
        assertThat(settings.dailyDir()).isEqualTo(dir.resolve("d"));
        assertThat(settings.weeklyDir()).isEqualTo(dir.resolve("w"));
    }

    @Test
    void oneBaseFolderHoldsDailyAndWeekly() {
        given.set("output.dirs", dir.resolve("reports").toString());
        ReportSettings settings = settings();
        assertThat(settings.dailyDir()).isEqualTo(dir.resolve("reports/daily"));
        assertThat(settings.weeklyDir()).isEqualTo(dir.resolve("reports/weekly"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "csv.time          | 25:99      | CSV_TIME='25:99' is invalid: expected a time of day as HH:MM",
                "csv.time          | 7am        | CSV_TIME='7am' is invalid",
                "tz                | Mars/Olympus | TZ='Mars/Olympus' is invalid: expected a time zone",
                "csv.retention.days| 0          | CSV_RETENTION_DAYS='0' is invalid: expected a whole number of days from 1 to 36500",
                "disk.max.percent  | 150        | DISK_MAX_PERCENT='150' is invalid: expected a whole percentage from 1 to 100",
                "weekly.day        | Funday     | WEEKLY_DAY='Funday' is invalid: expected a day of the week",
                "output.dirs       | daily=/tmp | OUTPUT_DIRS='daily=/tmp' is invalid: expected one folder, or daily=FOLDER,weekly=FOLDER",
                "output.dirs       | daily=/a,monthly=/b | OUTPUT_DIRS='daily=/a,monthly=/b' is invalid: expected one folder",
                "csv.dialect       | excel      | CSV_DIALECT='excel' is invalid: expected one of standard, excel-de",
                "readable.headers  | yes please | READABLE_HEADERS='yes please' is invalid: expected true or false",
                "report.formats    | csv,xml    | REPORT_FORMATS='csv,xml' is invalid: expected csv, jsonl or both, comma-separated",
                "report.formats    | csv;jsonl  | REPORT_FORMATS='csv;jsonl' is invalid: expected csv, jsonl or both",
                "csv.fields        | *Temperatur*,Nope* | CSV_FIELDS='*Temperatur*,Nope*' is invalid: expected names or * patterns of fields, comma-separated ('Nope*' matches no field)",
            })
    void rejectsABadValueNamingTheVariable(String property, String value, String message) {
        given.set(property, value);
        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith(message));
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        given.set("csv.time", "24:00").set("weekly.day", "x").set("disk.max.percent", "0");
        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.substring(0, p.indexOf('=')))
                                .containsExactly("CSV_TIME", "WEEKLY_DAY", "DISK_MAX_PERCENT"));
    }
}
