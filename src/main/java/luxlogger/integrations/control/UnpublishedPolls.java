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
    /** The poll of the first notice: where this run's polls begin, until the first is confirmed. */
    private Instant first;

    UnpublishedPolls(PollReader polls, String controller) {
        this.polls = polls;
        this.controller = controller;
    }

    /**
     * The polls to publish now, oldest first.
     *
     * @param skipped stored polls left out: a backlog but its newest
     */
    record Due(List<Snapshot> polls, long skipped) {}

    /**
     * The polls stored since the last one published, up to {@code newest}, when there are at most {@code burst} of
     * them; else only the newest, since a longer backlog (the broker was away, a spill file replayed) is history.
     * The first time only the poll of {@code newest}, since the ones before it belong to an earlier run; while none
     * is confirmed yet, the polls from that first one on (a first publication that failed counts its polls as
     * skipped, as any later one). Each read is a transaction of its own (outside one, a read on a thread that lives as long as this one
     * would keep seeing the database as it was at its first read).
     *
     * @throws RuntimeException when the database cannot be read
     */
    Due due(Instant newest, int burst) {
        if (first == null) {
            first = newest;
        }
        var last = new ArrayDeque<Snapshot>(burst + 1);
        long[] read = {0};
        polls.forEach(
                controller,
                published == null ? first : published.plusMillis(1),
                newest.plusMillis(1),
                snapshot -> {
                    read[0]++;
                    last.addLast(snapshot);
                    if (last.size() > burst) {
                        last.removeFirst();
                    }
                },
                unreadable -> read[0]++);
        List<Snapshot> due = read[0] > burst ? List.of(last.getLast()) : List.copyOf(last);
        return new Due(due, read[0] - due.size());
    }

    /** The broker confirmed the state of the poll of this time. */
    void published(Instant time) {
        published = time;
    }
}
