package luxlogger.integrations.control;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.PollReader;

/**
 * A controller's stored polls whose state is not published yet, read from the database: everything stored after
 * the newest poll published, so that no notice needs to carry a poll and a notice lost loses nothing.
 */
final class UnpublishedPolls {

    private final PollReader polls;
    private final String controller;
    /** The newest poll whose state the broker confirmed; null before the first. */
    private Instant published;

    UnpublishedPolls(PollReader polls, String controller) {
        this.polls = polls;
        this.controller = controller;
    }

    /**
     * The polls to publish now, oldest first.
     *
     * @param skipped stored polls left out: older than the {@code keep} newest
     */
    record Due(List<Snapshot> polls, long skipped) {}

    /**
     * The newest {@code keep} polls stored since the last one published, up to {@code newest}; before the first
     * publication the poll of {@code newest} alone, since the ones before it belong to an earlier run. Each read is
     * a transaction of its own (the newest poll by itself would not be on a thread that lives as long as this one:
     * its read would keep seeing the database as it was at the first).
     *
     * @throws RuntimeException when the database cannot be read
     */
    Due due(Instant newest, int keep) {
        var last = new ArrayDeque<Snapshot>(keep + 1);
        long[] read = {0};
        polls.forEach(
                controller,
                published == null ? newest : published.plusMillis(1),
                newest.plusMillis(1),
                snapshot -> {
                    read[0]++;
                    last.addLast(snapshot);
                    if (last.size() > keep) {
                        last.removeFirst();
                    }
                },
                unreadable -> read[0]++);
        return new Due(List.copyOf(last), read[0] - last.size());
    }

    /** The broker confirmed the state of the poll of this time. */
    void published(Instant time) {
        published = time;
    }
}
