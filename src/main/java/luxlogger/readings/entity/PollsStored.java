package luxlogger.readings.entity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CDI event after polls of a controller were committed: what is derived from the polls of that span (the day
 * summaries) may have to be computed anew, e.g. after a spill file was replayed.
 *
 * @param first the earliest of the polls
 * @param last the latest of the polls
 */
public record PollsStored(String controller, Instant first, Instant last) {

    /**
     * The span of each controller's polls among those stored together.
     *
     * @param legacy the name of the controller that polls without a name belong to
     */
    public static List<PollsStored> of(List<ControllerPoll> polls, String legacy) {
        Map<String, PollsStored> spans = new LinkedHashMap<>();
        for (ControllerPoll poll : polls) {
            String name = poll.controller() == null ? legacy : poll.controller();
            Instant time = poll.snapshot().time();
            spans.merge(name, new PollsStored(name, time, time), PollsStored::union);
        }
        return List.copyOf(spans.values());
    }

    private PollsStored union(PollsStored other) {
        return new PollsStored(
                controller,
                first.isBefore(other.first) ? first : other.first,
                last.isAfter(other.last) ? last : other.last);
    }
}
