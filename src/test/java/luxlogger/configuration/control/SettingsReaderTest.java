package luxlogger.configuration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsReaderTest {

    private static SettingsReader reader(Map<String, String> values) {
        return new SettingsReader(property -> Optional.ofNullable(values.get(property)));
    }

    private static SettingsReader reader(String property, String value) {
        return reader(Map.of(property, value));
    }

    @Test
    void namesEnvironmentVariablesAsMicroProfileConfigMapsThem() {
        assertThat(SettingsReader.variable("interval.sec")).isEqualTo("INTERVAL_SEC");
        assertThat(SettingsReader.variable("csv.retention.days")).isEqualTo("CSV_RETENTION_DAYS");
    }

    @Test
    void aProblemNamesTheVariableTheValueAndWhatIsExpected() {
        var reader = reader("interval.sec", " 0 ");
        reader.integer("interval.sec", 1, 86_400, "a whole number of seconds from 1 to 86400");
        assertThatThrownBy(() -> reader.valid("settings"))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "INTERVAL_SEC='0' is invalid: expected a whole number of seconds from 1 to 86400"));
    }

    @Test
    void aValueThatCannotBeReadIsAProblemNamingItsVariable() {
        var reader = new SettingsReader(property -> {
            throw new java.util.NoSuchElementException("Could not expand value LUX_SECRET in property " + property);
        });
        assertThat(reader.text("api.token")).isEmpty();
        assertThatThrownBy(() -> reader.valid("settings"))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "API_TOKEN cannot be read: Could not expand value LUX_SECRET in property api.token"));
    }

    @Test
    void namesOptionsInsteadOfVariablesWhenToldTo() {
        var reader = new SettingsReader(property -> Optional.of("0"), property -> "--timeout");
        reader.integer("timeout.sec", 1, 3_600, "a whole number of seconds from 1 to 3600");
        assertThatThrownBy(() -> reader.valid("settings"))
                .hasMessage("--timeout='0' is invalid: expected a whole number of seconds from 1 to 3600");
    }

    @Test
    void collectsEveryProblemInTheOrderRead() {
        var reader = reader(Map.of("port", "x", "csv.time", "24:00"));
        reader.integer("port", 1, 65535, "a TCP port");
        reader.time("csv.time");
        reader.missing("host", "an address");
        assertThatThrownBy(() -> reader.valid("settings"))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "PORT='x' is invalid: expected a TCP port",
                                        "CSV_TIME='24:00' is invalid: expected a time of day as HH:MM from 00:00 to 23:59",
                                        "HOST is not set: expected an address"));
    }

    @Test
    void withoutProblemsTheSettingsAreValid() {
        var reader = reader("retries", "3");
        assertThat(reader.integer("retries", 0, 20, "a whole number")).isEqualTo(3);
        assertThat(reader.valid("settings")).isEqualTo("settings");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"7:00, 07:00", "06:30, 06:30", "23:59:30, 23:59:30"})
    void readsTimesOfDay(String value, LocalTime expected) {
        assertThat(reader("csv.time", value).time("csv.time")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sun, SUNDAY", "Monday, MONDAY", "FRI, FRIDAY"})
    void readsDaysByNameOrPrefix(String value, DayOfWeek expected) {
        assertThat(reader("weekly.day", value).day("weekly.day")).isEqualTo(expected);
    }

    @Test
    void rejectsDayPrefixesShorterThanThreeLetters() {
        var reader = reader("weekly.day", "su");
        reader.day("weekly.day");
        assertThatThrownBy(() -> reader.valid("x"))
                .hasMessage("WEEKLY_DAY='su' is invalid: expected a day of the week, e.g. MONDAY");
    }

    @Test
    void readsZonesWithPosixColonAndDefaultsToTheSystemZone() {
        assertThat(reader("tz", ":Europe/Berlin").zone("tz")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(reader(Map.of()).zone("tz")).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void choicesAndBooleansIgnoreCase() {
        var reader = reader(Map.of("csv.dialect", "Excel-DE", "readable.headers", "TRUE"));
        assertThat(reader.choice("csv.dialect", "standard", "excel-de")).isEqualTo("excel-de");
        assertThat(reader.bool("readable.headers")).isTrue();
        assertThat(reader.valid("x")).isEqualTo("x");
    }

    @Test
    void anEmptyPathIsAProblem() {
        var reader = reader(Map.of());
        assertThat(reader.path("cache.path")).isNull();
        assertThatThrownBy(() -> reader.valid("x")).hasMessage("CACHE_PATH='' is invalid: expected a file system path");
    }

    @Test
    void readsPaths() {
        assertThat(reader("cache.path", "/data/luxlogger.db").path("cache.path"))
                .isEqualTo(Path.of("/data/luxlogger.db"));
    }

    @Test
    void readsAnyTypeWhoseParserRejectsWithIllegalArgument() {
        var reader = reader("simulator.profile", "v9");
        Integer parsed = reader.value(
                "simulator.profile",
                value -> {
                    throw new IllegalArgumentException("unknown");
                },
                "one of [a, b]",
                7);
        assertThat(parsed).isEqualTo(7);
        assertThatThrownBy(() -> reader.valid("x"))
                .hasMessage("SIMULATOR_PROFILE='v9' is invalid: expected one of [a, b]");
    }

    @Test
    void theShippedDefaultsAreReadable() {
        assertThat(SettingsReader.defaults())
                .containsEntry("interval.sec", "30")
                .doesNotContainKey("host");
    }
}
