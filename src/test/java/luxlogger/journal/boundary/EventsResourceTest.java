package luxlogger.journal.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import luxlogger.journal.entity.EventKind;
import org.junit.jupiter.api.Test;

/** The parameters of {@code GET /api/events}: defaults, and a problem (a 400) that names every unusable one. */
class EventsResourceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void withoutParametersTheFirstPageOfTheLast30DaysAndOfEventsTheControllerDatesAheadOfEveryKind() {
        Instant before = Instant.now();

        EventsResource.Query query = EventsResource.query(null, null, null, null, null, BERLIN);

        assertThat(query.range().from())
                .isBetween(before.minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(30)));
        // an error dated by a controller clock that runs an hour ahead (local time as UTC) shows at once
        assertThat(query.range().to())
                .isBetween(before.plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
        assertThat(query.kinds()).isEmpty();
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.size()).isEqualTo(100);
    }

    @Test
    void readsDatesInTheZoneKindsCommaSeparatedAndThePage() {
        EventsResource.Query query = EventsResource.query(
                "2026-01-01", "2026-01-31", "error, Switch-Off,,setting-change", "3", "1000", BERLIN);

        assertThat(query.range().from()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        assertThat(query.range().to()).isEqualTo(Instant.parse("2026-01-30T23:00:00Z"));
        assertThat(query.kinds()).containsExactly(EventKind.ERROR, EventKind.SWITCH_OFF, EventKind.SETTING_CHANGE);
        assertThat(query.page()).isEqualTo(3);
        assertThat(query.size()).isEqualTo(1000);
    }

    @Test
    void anUnknownKindIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> EventsResource.query(null, null, "error,alarm", null, null, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind='alarm' is unknown")
                .hasMessageContaining("switch-off")
                .hasMessageContaining("setting-change");
    }

    @Test
    void everyUnusableParameterIsNamedAtOnce() {
        assertThatThrownBy(() -> EventsResource.query("yesterday", null, null, "0", "1001", BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from='yesterday' is not a time")
                .hasMessageContaining("page='0' is not a whole number from 1 to 1000000")
                .hasMessageContaining("size='1001' is not a whole number from 1 to 1000");
    }

    @Test
    void sizeAndPageMustBeWholeNumbers() {
        assertThatThrownBy(() -> EventsResource.query(null, null, null, "two", "1e3", BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page='two'")
                .hasMessageContaining("size='1e3'");
    }

    @Test
    void aRangeBackwardsOrTooLongIsRefused() {
        assertThatThrownBy(() -> EventsResource.query("2026-02-01", "2026-01-01", null, null, null, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be before");
        assertThatThrownBy(() -> EventsResource.query("2024-01-01", "2026-01-01", null, null, null, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than 400 days");
    }
}
