package luxlogger.readings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingsSettingsTest {

    @TempDir
    Path dir;

    private final GivenSettings given = new GivenSettings();

    @BeforeEach
    void dataFolder() {
        given.set("cache.path", dir.resolve("data/luxlogger.db").toString());
    }

    private ReadingsSettings settings() {
        return ReadingsSettings.from(given.reader());
    }

    @Test
    void defaultsAreTheDocumentedValues() {
        ReadingsSettings settings = settings();
        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retentionDays()).isEqualTo(365);
        assertThat(settings.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(settings.cachePath()).isEqualTo(dir.resolve("data/luxlogger.db"));
    }

    @Test
    void readingCreatesNoFolderAndNoFile() {
        settings();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void acceptsTheValuesOfAPythonLoggerEnvFile() {
        given.set("interval.sec", "60").set("tz", "Europe/Berlin").set("retention.days", "730");
        ReadingsSettings settings = settings();
        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.retentionDays()).isEqualTo(730);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "interval.sec      | abc        | INTERVAL_SEC='abc' is invalid: expected a whole number of seconds from 1 to 86400",
                "interval.sec      | 0          | INTERVAL_SEC='0' is invalid",
                "interval.sec      | -30        | INTERVAL_SEC='-30' is invalid",
                "interval.sec      | 2.5        | INTERVAL_SEC='2.5' is invalid",
                "interval.sec      | 86401      | INTERVAL_SEC='86401' is invalid",
                "retention.days    | 0          | RETENTION_DAYS='0' is invalid: expected a whole number of days from 1 to 36500",
                "retention.days    | forever    | RETENTION_DAYS='forever' is invalid",
                "tz                | Mars/Olympus | TZ='Mars/Olympus' is invalid: expected a time zone",
            })
    void rejectsABadValueNamingTheVariable(String property, String value, String message) {
        given.set(property, value);
        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith(message));
    }

    @Test
    void anEmptyDatabasePathIsAProblem() {
        given.set("cache.path", "");
        assertThatThrownBy(this::settings).hasMessage("CACHE_PATH='' is invalid: expected a file system path");
    }
}
