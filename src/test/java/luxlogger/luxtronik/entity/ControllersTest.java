package luxlogger.luxtronik.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import luxlogger.configuration.control.GivenSettings;
import luxlogger.configuration.control.InvalidSettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControllersTest {

    private final GivenSettings given = new GivenSettings();

    private Controllers controllers() {
        return Controllers.from(given.reader());
    }

    private List<String> problems() {
        try {
            controllers();
        } catch (InvalidSettingsException e) {
            return e.problems();
        }
        throw new AssertionError("the settings were accepted");
    }

    @Test
    void hostAloneIsOneControllerNamedHeatpump() {
        given.set("host", "192.0.2.10");
        NamedController only = controllers().all().get(0);
        assertThat(controllers().names()).containsExactly("heatpump");
        assertThat(only.settings())
                .isEqualTo(
                        new ControllerSettings("192.0.2.10", 8889, Duration.ofSeconds(60), 3, Duration.ofSeconds(2)));
        assertThat(only.simulated()).isFalse();
    }

    @Test
    void controllerNameNamesTheOneController() {
        given.set("host", "192.0.2.10").set("port", "9000").set("controller.name", "cellar-2");
        assertThat(controllers().all())
                .singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("cellar-2"))
                .satisfies(c -> assertThat(c.settings().port()).isEqualTo(9000));
    }

    @Test
    void hostSimulatorStillSelectsTheSimulator() {
        given.set("host", "Simulator");
        assertThat(controllers().all()).singleElement().satisfies(c -> {
            assertThat(c.simulated()).isTrue();
            assertThat(c.settings().host()).isEqualTo(ControllerSettings.SIMULATOR);
        });
    }

    @Test
    void theDevelopmentServerReadsTheSimulatorOnlyWhenNoControllerIsSet() {
        given.set("development.host", "simulator");
        assertThat(controllers().all())
                .singleElement()
                .satisfies(c -> assertThat(c.simulated()).isTrue());

        given.set("controllers", "house=192.0.2.20,annex=192.0.2.21");
        assertThat(controllers().names()).containsExactly("house", "annex");

        given.set("controllers", "").set("host", "192.0.2.30");
        assertThat(controllers().all())
                .singleElement()
                .satisfies(c -> assertThat(c.settings().host()).isEqualTo("192.0.2.30"));
    }

    @Test
    void withoutHostOrControllersHostIsNamedAsToday() {
        assertThat(problems())
                .singleElement()
                .asString()
                .startsWith("HOST is not set: expected the controller's address");
    }

    @Test
    void controllersListsSeveralInTheirOrderWithPortDefaultingToPort() {
        given.set(
                        "controllers",
                        " cellar=192.0.2.20 , annex=heatpump.local:9000,sim=SIMULATOR,v6=[fd00::20]:7000,bare=fd00::21")
                .set("port", "8888")
                .set("retries", "5");
        Controllers controllers = controllers();
        assertThat(controllers.names()).containsExactly("cellar", "annex", "sim", "v6", "bare");
        assertThat(controllers.all())
                .extracting(c -> c.settings().host(), c -> c.settings().port(), NamedController::simulated)
                .containsExactly(
                        tuple("192.0.2.20", 8888, false),
                        tuple("heatpump.local", 9000, false),
                        tuple("simulator", 8888, true),
                        tuple("fd00::20", 7000, false),
                        tuple("fd00::21", 8888, false));
        assertThat(controllers.all())
                .allSatisfy(c -> assertThat(c.settings().retries()).isEqualTo(5));
    }

    @Test
    void bothHostAndControllersStopWithOneProblemNamingBoth() {
        given.set("host", "192.0.2.10").set("controllers", "a=192.0.2.20");
        assertThat(problems())
                .containsExactly("CONTROLLERS='a=192.0.2.20' is invalid: expected either CONTROLLERS for several"
                        + " controllers or HOST for one, not both (HOST='192.0.2.10' is set too)");
    }

    @Test
    void aDuplicateNameIsRejected() {
        given.set("controllers", "a=192.0.2.20,b=192.0.2.21,a=192.0.2.22");
        assertThat(problems())
                .containsExactly("CONTROLLERS='a=192.0.2.20,b=192.0.2.21,a=192.0.2.22' is invalid: expected each name"
                        + " once, but 'a' is given more than once");
    }

    @Test
    void oneControllerUnderTwoNamesIsRejectedSinceItWouldBePolledTwiceAtOnce() {
        given.set("controllers", "a=192.0.2.20,b=HP.example:8889,c=hp.EXAMPLE,d=simulator,e=simulator");
        assertThat(problems())
                .containsExactly("CONTROLLERS='a=192.0.2.20,b=HP.example:8889,c=hp.EXAMPLE,d=simulator,e=simulator'"
                        + " is invalid: expected each controller once, but 'b' and 'c' are both hp.example:8889 (one"
                        + " controller takes one connection at a time)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Cellar=192.0.2.20       | names matching [a-z0-9][a-z0-9-]{0,31}, e.g. heatpump, but 'Cellar' in 'Cellar=192.0.2.20' is not one",
                "-a=192.0.2.20           | but '-a' in",
                "a_b=192.0.2.20          | but 'a_b' in",
                "=192.0.2.20             | but '' in '=192.0.2.20' is not one",
                "a123456789012345678901234567890123=h | but 'a123456789012345678901234567890123' in",
                "192.0.2.20              | name=host[:port] entries separated by commas, e.g. CONTROLLERS=cellar=192.0.2.20,annex=192.0.2.21:8889, but '192.0.2.20' is no such entry",
                "a=heat pump             | a host name or IP address, e.g. 192.0.2.20, or 'simulator' after the name, but 'heat pump' in 'a=heat pump' is not one",
                "a=                      | a host name or IP address, e.g. 192.0.2.20, or 'simulator' after the name, but '' in 'a=' is not one",
                "a=192.0.2.20:70000      | a TCP port from 1 to 65535 after the host, but '70000' in 'a=192.0.2.20:70000' is not one",
                "a=192.0.2.20:           | a TCP port from 1 to 65535 after the host, but '' in",
                "a=[fd00::20]x           | a TCP port from 1 to 65535 after the host, but 'x' in",
            })
    void aBadEntryIsOneLineNamingControllersItsValueAndWhatIsExpected(String value, String expected) {
        given.set("controllers", value);
        assertThat(problems())
                .singleElement()
                .asString()
                .startsWith("CONTROLLERS='" + value + "' is invalid: expected ")
                .contains(expected)
                .doesNotContain("\n");
    }

    @Test
    void aNameOfThirtyTwoCharactersIsAccepted() {
        String name = "a" + "0123456789-".repeat(3).substring(0, 31);
        given.set("controllers", name + "=192.0.2.20");
        assertThat(controllers().names()).containsExactly(name);
    }

    @Test
    void aBadControllerNameIsNamedLikeEveryOtherSetting() {
        given.set("host", "192.0.2.10").set("controller.name", "Heat Pump");
        assertThat(problems())
                .containsExactly("CONTROLLER_NAME='Heat Pump' is invalid: expected a name matching"
                        + " [a-z0-9][a-z0-9-]{0,31}, e.g. heatpump");
    }

    @Test
    void instanceNameNamesThisLoggerAndABadOneIsNamedLikeEveryOtherSetting() {
        given.set("host", "192.0.2.10").set("instance.name", "site-berlin.example_1");
        assertThat(controllers().instance()).isEqualTo("site-berlin.example_1");

        given.set("instance.name", "site berlin");
        assertThat(problems())
                .containsExactly("INSTANCE_NAME='site berlin' is invalid: expected up to 63 letters, digits, dots,"
                        + " dashes or underscores, e.g. site-berlin");
        given.set("instance.name", "-site");
        assertThat(problems()).singleElement().asString().startsWith("INSTANCE_NAME='-site' is invalid");
        given.set("instance.name", "a".repeat(64));
        assertThat(problems()).singleElement().asString().startsWith("INSTANCE_NAME='aaaa");
    }

    @Test
    void withoutInstanceNameTheHostNameNamesThisLogger() {
        given.set("host", "192.0.2.10");
        assertThat(controllers().instance()).matches(Controllers.INSTANCE).isEqualTo(Controllers.hostName());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        given.set("controllers", "A=192.0.2.20,b=192.0.2.21:0,,b=192.0.2.22").set("retries", "99");
        assertThat(problems())
                .hasSize(4)
                .anySatisfy(p -> assertThat(p).startsWith("RETRIES='99'"))
                .anySatisfy(p -> assertThat(p).contains("'A' in 'A=192.0.2.20'"))
                .anySatisfy(p -> assertThat(p).contains("'0' in 'b=192.0.2.21:0'"))
                .anySatisfy(p -> assertThat(p).contains("but '' is no such entry"));
    }

    @Test
    void theListIsImmutable() {
        given.set("controllers", "a=192.0.2.20");
        assertThatThrownBy(() -> controllers().all().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
