package luxlogger.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The spans of polls stored between two runs of a controller's journal merge into one run. */
class TrackTest {

    private static Track.Span span(String first, String last) {
        return new Track.Span(Instant.parse(first), Instant.parse(last));
    }

    @Test
    void spansStoredWhileARunIsScheduledMergeIntoOne() {
        Track track = new Track("heatpump");

        assertThat(track.request(span("2026-01-12T10:00:00Z", "2026-01-12T10:00:00Z")))
                .isTrue();
        assertThat(track.request(span("2026-01-12T08:00:00Z", "2026-01-12T09:00:00Z")))
                .isFalse();
        assertThat(track.request(span("2026-01-12T10:00:30Z", "2026-01-12T10:00:30Z")))
                .isFalse();

        assertThat(track.take()).isEqualTo(span("2026-01-12T08:00:00Z", "2026-01-12T10:00:30Z"));
        assertThat(track.take()).isNull();
        // the run ended: the next span schedules one again
        assertThat(track.request(span("2026-01-12T10:01:00Z", "2026-01-12T10:01:00Z")))
                .isTrue();
    }

    @Test
    void aCatchUpReachesTheNewestPollWhateverItMeetsWith() {
        Track track = new Track("heatpump");
        track.request(span("2026-01-12T08:00:00Z", "2026-01-12T09:00:00Z"));
        track.request(Track.CATCH_UP);

        assertThat(track.take()).isEqualTo(new Track.Span(Instant.parse("2026-01-12T08:00:00Z"), Instant.MAX));
    }

    @Test
    void aRunThatCouldNotStartIsScheduledByTheNextRequest() {
        Track track = new Track("heatpump");
        track.request(Track.CATCH_UP);
        track.unscheduled();

        assertThat(track.request(Track.CATCH_UP)).isTrue();
    }

    @Test
    void aDeferredCatchUpRunsWithTheNextRequest() {
        Track track = new Track("heatpump");
        track.defer(Track.CATCH_UP);

        assertThat(track.request(span("2026-01-12T10:00:00Z", "2026-01-12T10:00:00Z")))
                .isTrue();
        assertThat(track.take()).isEqualTo(new Track.Span(Instant.parse("2026-01-12T10:00:00Z"), Instant.MAX));
    }
}
