package luxlogger.settings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    @TempDir
    Path dir;

    private final Map<String, String> given = new HashMap<>();

    @BeforeEach
    void dataFolder() {
        given.put("cache.path", dir.resolve("luxlogger.db").toString());
    }

    private Settings settings() {
        var defaults = Settings.defaults();
        return Settings.from(property -> Optional.ofNullable(given.getOrDefault(property, defaults.getProperty(property)))
                .filter(value -> !value.isEmpty()));
    }

    @Test
    void defaultsSelectTheSimulatorAndTheDocumentedValues() {
        Settings settings = settings();
        assertThat(settings.simulated()).isTrue();
        assertThat(settings.port()).isEqualTo(8889);
        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retries()).isEqualTo(3);
        assertThat(settings.csvTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(settings.csvRetentionDays()).isEqualTo(30);
        assertThat(settings.retentionDays()).isEqualTo(365);
        assertThat(settings.diskMaxPercent()).isEqualTo(90);
        assertThat(settings.weeklyDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(settings.csvDialect()).isEqualTo("standard");
        assertThat(settings.csvFields()).isEmpty();
        assertThat(settings.readableHeaders()).isFalse();
        assertThat(settings.apiToken()).isEmpty();
        assertThat(settings.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(settings.dailyDir()).isEqualTo(dir.resolve("daily"));
        assertThat(settings.weeklyDir()).isEqualTo(dir.resolve("weekly"));
        assertThat(dir.resolve("daily")).isDirectory();
    }

    @Test
    void acceptsTheValuesOfAPythonLoggerEnvFile() {
        given.put("host", "192.0.2.10");
        given.put("interval.sec", "60");
        given.put("csv.time", "6:30");
        given.put("csv.dialect", "Excel-DE");
        given.put("readable.headers", "TRUE");
        given.put("tz", "Europe/Berlin");
        given.put("weekly.day", "sun");
        given.put("output.dirs", "daily=" + dir.resolve("d") + ",weekly=" + dir.resolve("w"));
        Settings settings = settings();
        assertThat(settings.simulated()).isFalse();
        assertThat(settings.host()).isEqualTo("192.0.2.10");
        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.csvTime()).isEqualTo(LocalTime.of(6, 30));
        assertThat(settings.csvDialect()).isEqualTo("excel-de");
        assertThat(settings.readableHeaders()).isTrue();
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.weeklyDay()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(settings.dailyDir()).isEqualTo(dir.resolve("d"));
        assertThat(settings.weeklyDir()).isEqualTo(dir.resolve("w"));
    }

    @Test
    void oneBaseFolderHoldsDailyAndWeekly() {
        given.put("output.dirs", dir.resolve("reports").toString());
        Settings settings = settings();
        assertThat(settings.dailyDir()).isEqualTo(dir.resolve("reports/daily"));
        assertThat(settings.weeklyDir()).isEqualTo(dir.resolve("reports/weekly"));
    }

    @Test
    void hostSimulatorInAnyCaseSelectsTheSimulator() {
        given.put("host", "Simulator");
        assertThat(settings().simulated()).isTrue();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "interval.sec      | abc        | INTERVAL_SEC='abc' is invalid: expected a whole number of seconds",
        "interval.sec      | 0          | INTERVAL_SEC='0' is invalid",
        "interval.sec      | -30        | INTERVAL_SEC='-30' is invalid",
        "interval.sec      | 2.5        | INTERVAL_SEC='2.5' is invalid",
        "port              | 70000      | PORT='70000' is invalid: expected a TCP port from 1 to 65535",
        "port              | 0          | PORT='0' is invalid",
        "csv.time          | 25:99      | CSV_TIME='25:99' is invalid: expected a time of day as HH:MM",
        "csv.time          | 7am        | CSV_TIME='7am' is invalid",
        "tz                | Mars/Olympus | TZ='Mars/Olympus' is invalid: expected a time zone",
        "csv.retention.days| 0          | CSV_RETENTION_DAYS='0' is invalid",
        "retention.days    | 0          | RETENTION_DAYS='0' is invalid",
        "retention.days    | forever    | RETENTION_DAYS='forever' is invalid",
        "disk.max.percent  | 150        | DISK_MAX_PERCENT='150' is invalid: expected a whole percentage from 1 to 100",
        "timeout.sec       | 0          | TIMEOUT_SEC='0' is invalid",
        "retries           | -1         | RETRIES='-1' is invalid",
        "weekly.day        | Funday     | WEEKLY_DAY='Funday' is invalid: expected a day of the week",
        "host              | http://heatpump | HOST='http://heatpump' is invalid: expected a host name or IP address only",
        "host              | 192.0.2.10:8889 | HOST='192.0.2.10:8889' is invalid: expected a host name or IP address only, e.g. 192.0.2.20 (the port goes in PORT)",
        "host              | heat pump  | HOST='heat pump' is invalid",
        "output.dirs       | daily=/tmp | OUTPUT_DIRS='daily=/tmp' is invalid: expected one folder, or daily=FOLDER,weekly=FOLDER",
        "simulator.speed   | fast       | SIMULATOR_SPEED='fast' is invalid",
        "csv.dialect       | excel      | CSV_DIALECT='excel' is invalid: expected one of standard, excel-de",
        "readable.headers  | yes please | READABLE_HEADERS='yes please' is invalid: expected true or false",
        "simulator.profile | v9.99      | SIMULATOR_PROFILE='v9.99' is invalid: expected one of [current, bouni_v3.78, coolchip_v1.80]",
    })
    void rejectsABadValueNamingTheVariable(String property, String value, String message) {
        given.put(property, value);
        assertThatThrownBy(this::settings)
                .isInstanceOf(InvalidSettingsException.class)
                .satisfies(e -> assertThat(((InvalidSettingsException) e).problems()).singleElement().asString().startsWith(message));
    }

    @Test
    void rejectsAnOutputFolderThatCannotBeCreated() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        given.put("output.dirs", file.resolve("reports").toString());
        assertThatThrownBy(this::settings)
                .hasMessageStartingWith("OUTPUT_DIRS='" + file.resolve("reports") + "' is invalid: expected a folder the logger can write to");
    }

    @Test
    void rejectsADatabasePathThatIsAFolder() {
        given.put("cache.path", dir.toString());
        assertThatThrownBy(this::settings).hasMessageContaining("CACHE_PATH='" + dir + "' is invalid: expected the path of the SQLite database file");
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        given.put("interval.sec", "0");
        given.put("port", "x");
        given.put("csv.time", "24:00");
        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.substring(0, p.indexOf('=')))
                        .containsExactly("PORT", "INTERVAL_SEC", "CSV_TIME"));
    }

    @Test
    void namesEnvironmentVariablesAsMicroProfileConfigMapsThem() {
        assertThat(Settings.variable("interval.sec")).isEqualTo("INTERVAL_SEC");
        assertThat(Settings.variable("csv.retention.days")).isEqualTo("CSV_RETENTION_DAYS");
    }
}
