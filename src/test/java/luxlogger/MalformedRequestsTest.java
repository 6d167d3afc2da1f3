package luxlogger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedRequestsTest {

    @Test
    void acceptsPathsWhoseEscapesSpellUtf8() {
        assertThat(MalformedRequests.utf8("/api/reports/2026-01-31_daily.csv")).isTrue();
        assertThat(MalformedRequests.utf8("/api/reports/%C3%A4%F0%9F%98%80.csv"))
                .isTrue();
        assertThat(MalformedRequests.utf8("/api/reports/a%20b")).isTrue();
    }

    @Test
    void refusesEscapesThatAreNoUtf8OrNoEscapes() {
        assertThat(MalformedRequests.utf8("/api/reports/%FF%FE")).isFalse();
        assertThat(MalformedRequests.utf8("/api/reports/%C0%AE%C0%AE")).isFalse();
        assertThat(MalformedRequests.utf8("/api/reports/%C3")).isFalse();
        assertThat(MalformedRequests.utf8("/api/reports/%zz")).isFalse();
        assertThat(MalformedRequests.utf8("/api/reports/%2")).isFalse();
        assertThat(MalformedRequests.utf8("/api/reports/%")).isFalse();
    }
}
