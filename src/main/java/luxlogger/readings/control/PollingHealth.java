package luxlogger.readings.control;

import java.time.Duration;
import java.time.Instant;

/**
 * What the health checks say about polling, decided here so that they only map it to UP or DOWN.
 *
 * @param polling false while the loop was never started (an invalid configuration)
 * @param lastTick when the loop last started a poll; null when not polling
 * @param figures the poll counts; null when not polling
 * @param stuck why the loop looks stuck (liveness DOWN); null when it is not
 * @param unready why the data is not flowing (readiness DOWN); null when it is
 * @param silent true when the controller gave no usable answer for {@link #INTERVALS} intervals, false while it
 *     answers (then only the database can make it unready)
 */
public record PollingHealth(
        boolean polling, Instant lastTick, Recorder.Status figures, String stuck, String unready, boolean silent) {

    /** Intervals without a successful poll before readiness goes DOWN. */
    public static final int INTERVALS = 3;
    /** Slack on top of the longest poll before the loop counts as stuck. */
    static final Duration SLACK = Duration.ofSeconds(30);

    /** The health of a loop that was never started. */
    public static PollingHealth idle() {
        return new PollingHealth(false, null, null, null, "polling not started", true);
    }

    /**
     * @param longestRead the longest one read of the controller may take, with all retries
     * @param startedAt when polling started, which counts as the last success until there is one
     */
    public static PollingHealth of(
            Duration interval,
            Duration longestRead,
            Instant startedAt,
            Instant lastTick,
            Recorder.Status figures,
            Instant now) {
        Duration limit = interval.plus(longestRead).plus(SLACK);
        Duration quiet = Duration.between(lastTick, now);
        String stuck = quiet.compareTo(limit) > 0 ? "no poll started for " + quiet.toSeconds() + " s" : null;
        Duration allowed = interval.multipliedBy(INTERVALS);
        Instant since = figures.lastSuccess() != null ? figures.lastSuccess() : startedAt;
        String unready = null;
        boolean silent = Duration.between(since, now).compareTo(allowed) > 0;
        if (silent) {
            unready = "no successful poll for more than " + INTERVALS + " intervals (" + allowed.toSeconds() + " s): "
                    + (figures.lastProblem() == null ? "no answer yet" : figures.lastProblem());
        } else if (figures.databaseFailingSince() != null
                && Duration.between(figures.databaseFailingSince(), now).compareTo(allowed) > 0) {
            unready = "polls are not draining into the database since " + figures.databaseFailingSince() + " ("
                    + figures.buffered() + " buffered)";
        }
        return new PollingHealth(true, lastTick, figures, stuck, unready, silent);
    }

    public boolean live() {
        return stuck == null;
    }

    public boolean ready() {
        return unready == null;
    }
}
