package luxlogger.readings.entity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CDI event after polls or failed polls of a controller were committed: what is derived from them in that span
 * (the day summaries, the event journal) may have to be computed anew, e.g. after a spill file was replayed.
 *
 * @param first the earliest of the polls and failed polls
 * @param last the latest of them
 */
public record PollsStored(String controller, Instant first, Instant last) {

    /**
     * The span of each controller's polls among those stored together.
     *
     * @param legacy the name of the controller that polls without a name belong to
     */
    public static List<PollsStored> of(List<ControllerPoll> polls, String legacy) {
        return of(polls, List.of(), legacy);
    }

    /** The span of each controller's polls and failed polls among those stored together. */
    public static List<PollsStored> of(List<ControllerPoll> polls, List<PollFailure> failures, String legacy) {
        Map<String, PollsStored> spans = new LinkedHashMap<>();
        for (PollFailure failure : failures) {
            add(spans, failure.controller() == null ? legacy : failure.controller(), failure.time());
        }
        for (ControllerPoll poll : polls) {
            add(
                    spans,
                    poll.controller() == null ? legacy : poll.controller(),
                    poll.snapshot().time());
        }
        return List.copyOf(spans.values());
    }

    private static void add(Map<String, PollsStored> spans, String name, Instant time) {
        spans.merge(name, new PollsStored(name, time, time), PollsStored::union);
    }

    private PollsStored union(PollsStored other) {
        return new PollsStored(
                controller,
                first.isBefore(other.first) ? first : other.first,
                last.isAfter(other.last) ? last : other.last);
    }
}
