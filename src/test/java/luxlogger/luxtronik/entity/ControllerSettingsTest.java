package luxlogger.luxtronik.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControllerSettingsTest {

    private final GivenSettings given = new GivenSettings();

    private ControllerSettings settings() {
        return ControllerSettings.from(given.reader());
    }

    @Test
    void withoutHostNothingIsInventedAndHostIsNamed() {
        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .startsWith(
                                        "HOST is not set: expected the controller's address, e.g. 192.0.2.20, or 'simulator'"));
    }

    @Test
    void anEmptyHostIsNotSetEither() {
        given.set("host", "");
        assertThatThrownBy(this::settings).hasMessageStartingWith("HOST is not set");
    }

    @Test
    void defaultsAreTheDocumentedValues() {
        given.set("host", "192.0.2.10");
        ControllerSettings settings = settings();
        assertThat(settings.simulated()).isFalse();
        assertThat(settings.host()).isEqualTo("192.0.2.10");
        assertThat(settings.port()).isEqualTo(8889);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retries()).isEqualTo(3);
        assertThat(settings.backoff()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void hostSimulatorInAnyCaseSelectsTheSimulator() {
        given.set("host", "Simulator");
        assertThat(settings().simulated()).isTrue();
        assertThat(settings().host()).isEqualTo(ControllerSettings.SIMULATOR);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "port              | 70000      | PORT='70000' is invalid: expected a TCP port from 1 to 65535",
                "port              | 0          | PORT='0' is invalid",
                "timeout.sec       | 0          | TIMEOUT_SEC='0' is invalid: expected a whole number of seconds from 1 to 3600",
                "timeout.sec       | 3601       | TIMEOUT_SEC='3601' is invalid",
                "retries           | -1         | RETRIES='-1' is invalid: expected a whole number from 0 to 20",
                "retries           | 21         | RETRIES='21' is invalid",
                "backoff.ms        | -1         | BACKOFF_MS='-1' is invalid: expected a whole number of milliseconds from 0 to 30000",
                "host              | http://heatpump | HOST='http://heatpump' is invalid: expected a host name or IP address only",
                "host              | 192.0.2.10:8889 | HOST='192.0.2.10:8889' is invalid: expected a host name or IP address only, e.g. 192.0.2.20 (the port goes in PORT)",
                "host              | heat pump  | HOST='heat pump' is invalid: expected a host name or IP address, e.g. 192.0.2.20, or 'simulator'",
            })
    void rejectsABadValueNamingTheVariable(String property, String value, String message) {
        given.set("host", "192.0.2.10").set(property, value);
        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith(message));
    }

    @Test
    void acceptsIpv6AndHostNames() {
        given.set("host", "fd00::20");
        assertThat(settings().host()).isEqualTo("fd00::20");
        given.set("host", "heatpump.local");
        assertThat(settings().host()).isEqualTo("heatpump.local");
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        given.set("port", "x").set("retries", "99");
        assertThatThrownBy(this::settings)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.substring(0, p.indexOf(p.contains("=") ? '=' : ' ')))
                                .containsExactly("HOST", "PORT", "RETRIES"));
    }
}
