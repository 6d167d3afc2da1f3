package luxlogger.readings.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

class PollsStoredTest {

    private static ControllerPoll poll(String controller, String time) {
        return new ControllerPoll(controller, new Snapshot(Instant.parse(time), new int[0], new int[0], new byte[0]));
    }

    @Test
    void eachControllersSpanRunsFromItsEarliestToItsLatestPollInAnyOrder() {
        List<PollsStored> spans = PollsStored.of(
                List.of(
                        poll("garage", "2026-12-05T10:00:00Z"),
                        poll(null, "2026-12-04T23:59:30Z"),
                        poll("garage", "2026-12-03T08:00:00Z"),
                        poll("heatpump", "2026-12-05T00:00:00Z")),
                "heatpump");

        assertThat(spans)
                .containsExactly(
                        new PollsStored(
                                "garage", Instant.parse("2026-12-03T08:00:00Z"), Instant.parse("2026-12-05T10:00:00Z")),
                        new PollsStored(
                                "heatpump",
                                Instant.parse("2026-12-04T23:59:30Z"),
                                Instant.parse("2026-12-05T00:00:00Z")));
    }
}
