package luxlogger.configuration.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.luxtronik.entity.ControllerSettings;
import luxlogger.readings.entity.ReadingsSettings;
import luxlogger.reports.entity.ReportSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    @TempDir
    Path dir;

    private final GivenSettings given = new GivenSettings();
    private final Configuration configuration = new Configuration();

    /** MicroProfile Config as the server has it, answering from the given settings. */
    private final class GivenConfig implements Config {
        @Override
        public <T> Optional<T> getOptionalValue(String propertyName, Class<T> propertyType) {
            return given.lookup(propertyName).map(propertyType::cast);
        }

        /** As SmallRye Config: a value with a {@code ${...}} that cannot be expanded throws here. */
        @Override
        public <T> T getValue(String propertyName, Class<T> propertyType) {
            if (given.lookup(propertyName).filter(value -> value.contains("${")).isPresent()) {
                throw new NoSuchElementException("SRCFG00011: Could not expand value in property " + propertyName);
            }
            return getOptionalValue(propertyName, propertyType).orElseThrow();
        }

        /** As SmallRye Config: no value, but the raw value, for a {@code ${...}} that cannot be expanded. */
        @Override
        public ConfigValue getConfigValue(String propertyName) {
            String raw = given.lookup(propertyName).orElse(null);
            String value = raw == null || raw.contains("${") ? null : raw;
            return new ConfigValue() {
                @Override
                public String getName() {
                    return propertyName;
                }

                @Override
                public String getValue() {
                    return value;
                }

                @Override
                public String getRawValue() {
                    return raw;
                }

                @Override
                public String getSourceName() {
                    return "given";
                }

                @Override
                public int getSourceOrdinal() {
                    return 100;
                }
            };
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return List.of();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new IllegalArgumentException();
        }
    }

    ConfigurationTest() {
        configuration.config = new GivenConfig();
    }

    @Test
    void readsEachComponentsSettingsOnce() {
        given.set("host", "simulator");
        var reads = new AtomicInteger();
        ControllerSettings first = configuration.settings(ControllerSettings.class, reader -> {
            reads.incrementAndGet();
            return ControllerSettings.from(reader);
        });
        given.set("host", "192.0.2.10");
        ControllerSettings second = configuration.settings(ControllerSettings.class, ControllerSettings::from);
        assertThat(second).isSameAs(first);
        assertThat(second.simulated()).isTrue();
        assertThat(reads).hasValue(1);
        assertThat(configuration.problems()).isEmpty();
    }

    @Test
    void invalidSettingsFailEveryTimeTheyAreAskedFor() {
        given.set("interval.sec", "0")
                .set("cache.path", dir.resolve("luxlogger.db").toString());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> configuration.settings(ReadingsSettings.class, ReadingsSettings::from))
                    .isInstanceOf(InvalidSettingsException.class)
                    .hasMessage("INTERVAL_SEC='0' is invalid: expected a whole number of seconds from 1 to 86400");
        }
        assertThat(configuration.problems())
                .containsExactly("INTERVAL_SEC='0' is invalid: expected a whole number of seconds from 1 to 86400");
    }

    @Test
    void listsEveryBadVariableOfAllComponentsOnceEach() {
        given.set("tz", "Mars/Olympus")
                .set("port", "0")
                .set("cache.path", dir.resolve("luxlogger.db").toString());
        for (var factory : List.<Runnable>of(
                () -> configuration.settings(ControllerSettings.class, ControllerSettings::from),
                () -> configuration.settings(ReadingsSettings.class, ReadingsSettings::from),
                () -> configuration.settings(ReportSettings.class, ReportSettings::from))) {
            assertThatThrownBy(factory::run).isInstanceOf(InvalidSettingsException.class);
        }
        assertThat(configuration.problems())
                .containsExactly(
                        "HOST is not set: expected the controller's address, e.g. 192.0.2.20, or 'simulator' for the built-in"
                                + " simulated heat pump (nothing is polled until it is set)",
                        "PORT='0' is invalid: expected a TCP port from 1 to 65535",
                        "TZ='Mars/Olympus' is invalid: expected a time zone such as Europe/Berlin or UTC");
    }

    @Test
    void aValueThatCannotBeExpandedIsAProblemAndNotAnUnsetValue() {
        given.set("host", "${CONTROLLER}");
        assertThatThrownBy(() -> configuration.settings(ControllerSettings.class, ControllerSettings::from))
                .isInstanceOf(InvalidSettingsException.class);
        assertThat(configuration.problems())
                .first()
                .asString()
                .startsWith("HOST cannot be read: SRCFG00011: Could not expand value");
    }

    @Test
    void keepsProblemsFoundAsAComponentStarts() {
        configuration.reject(new InvalidSettingsException(List.of("OUTPUT_DIRS='/x' is invalid: expected a folder")));
        configuration.reject(new InvalidSettingsException(List.of("OUTPUT_DIRS='/x' is invalid: expected a folder")));
        assertThat(configuration.problems()).containsExactly("OUTPUT_DIRS='/x' is invalid: expected a folder");
    }

    @Test
    void readsThroughMicroProfileConfigByPropertyName() {
        given.set("host", "heatpump.local").set("port", "8888");
        assertThat(configuration.settings(ControllerSettings.class, ControllerSettings::from))
                .extracting(ControllerSettings::host, ControllerSettings::port)
                .containsExactly("heatpump.local", 8888);
        assertThat(SettingsReader.variable("port")).isEqualTo("PORT");
    }
}
