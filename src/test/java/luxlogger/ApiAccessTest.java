package luxlogger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Optional;
import luxlogger.ApiAccess.Refusal;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;
import org.junit.jupiter.api.Test;

class ApiAccessTest {

    private static final ApiAccess TOKEN = new ApiAccess("s3cret");
    private static final ApiAccess OPEN = new ApiAccess("");

    @Test
    void withATokenEveryCallNeedsItAsBearerInAnyLetterCase() {
        for (String authorization :
                new String[] {"Bearer s3cret", "bearer s3cret", "BEARER  s3cret ", " Bearer s3cret"}) {
            assertThat(TOKEN.refusal("GET", authorization, null))
                    .as(authorization)
                    .isEmpty();
            assertThat(TOKEN.refusal("POST", authorization, null))
                    .as(authorization)
                    .isEmpty();
        }
        assertThat(TOKEN.refusal("GET", null, ApiAccess.REQUESTED_BY_VALUE)).contains(Refusal.NO_TOKEN);
        for (String authorization : new String[] {
            "Bearer s3cretx",
            "Bearer",
            "Bearer ",
            "s3cret",
            "Basic s3cret",
            "Bearers3cret",
            "Bearer S3CRET",
            "Bearer s3cret s3cret",
            ""
        }) {
            assertThat(TOKEN.refusal("GET", authorization, null))
                    .as(authorization)
                    .contains(Refusal.WRONG_TOKEN);
        }
        assertThat(Refusal.NO_TOKEN.message()).isEqualTo("API_TOKEN is set: send Authorization: Bearer <token>");
    }

    @Test
    void withoutATokenAChangeNeedsTheRequestedByHeader() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "BREW"}) {
            assertThat(OPEN.refusal(method, null, null)).as(method).contains(Refusal.NOT_REQUESTED_BY);
            assertThat(OPEN.refusal(method, null, "evil.example")).contains(Refusal.NOT_REQUESTED_BY);
            assertThat(OPEN.refusal(method, null, "lux-logger")).isEmpty();
            assertThat(OPEN.refusal(method, null, " Lux-Logger ")).isEmpty();
        }
        for (String method : new String[] {"GET", "HEAD", "OPTIONS", "get"}) {
            assertThat(OPEN.refusal(method, null, null)).as(method).isEmpty();
        }
        assertThat(Refusal.NOT_REQUESTED_BY.message()).contains("X-Requested-By: lux-logger");
    }

    @Test
    void aTokenThatCannotBeReadOrSentIsAProblemThatNeverShowsTheValue() {
        var unreadable = new SettingsReader(property -> {
            throw new NoSuchElementException("Could not expand value LUX_SECRET in property api.token");
        });
        assertThatThrownBy(() -> ApiAccess.read(unreadable))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .startsWith("API_TOKEN cannot be read"));

        var unsendable = new SettingsReader(property -> Optional.of("geheim-ä"));
        assertThatThrownBy(() -> ApiAccess.read(unsendable))
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .startsWith("API_TOKEN is invalid")
                                .doesNotContain("geheim"));

        assertThat(ApiAccess.read(new SettingsReader(property -> Optional.of(" s3cret "))))
                .isEqualTo(TOKEN);
        assertThat(ApiAccess.read(new SettingsReader(property -> Optional.empty()))
                        .open())
                .isTrue();
    }
}
