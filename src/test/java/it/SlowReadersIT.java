package it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Readers never starve the writer: while eight clients read a long series very slowly, each holding a database
 * connection for as long as it lingers, the server goes on storing a poll a second, and none goes to the spill
 * file. Readers beyond the readers' own connections wait, then get a 503 that says why.
 */
@MicroShedTest
class SlowReadersIT {

    private static final int READERS = 8;
    /** The connections all readers and the writer shared before the writer got its own: taken by the readers. */
    private static final int SHARED_POOL = 4;

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Longer than a reader's wait for a connection, shorter than the server's limit on a blocked write (60 s). */
    private static final Duration HOLD = Duration.ofSeconds(45);

    @Test
    void pollsAreStoredWhileEightSlowReadersStream() {
        Api api = SharedServer.api();
        Database database = SharedServer.database();
        // an answer with every field is about 70 kB a poll: 30 polls outlast every buffer between server and client
        database.awaitPolls(30);
        String from = URLEncoder.encode(Instant.now().minusSeconds(600).toString(), StandardCharsets.UTF_8);
        long spilledBefore = database.spilledBytes();

        List<SlowClient> readers = new ArrayList<>();
        try {
            for (int i = 0; i < READERS; i++) {
                readers.add(SlowClient.get(api.uri("api/readings?from=" + from + "&fields=*")));
            }
            Await.until(SHARED_POOL + " slow readers streaming", WAIT, () -> streaming(readers) >= SHARED_POOL);
            int storedBefore = database.pollTimes().size();

            Await.until(
                    "10 polls stored while the readers stream, or one spilled",
                    HOLD,
                    () -> database.pollTimes().size() >= storedBefore + 10 || database.spilledBytes() > spilledBefore);

            assertThat(database.spilledBytes())
                    .as("spill file while %d readers stream", streaming(readers))
                    .isEqualTo(spilledBefore);
            assertThat(database.pollTimes().size()).isGreaterThanOrEqualTo(storedBefore + 10);
            assertThat(streaming(readers))
                    .as("readers still in the middle of their answers")
                    .isGreaterThanOrEqualTo(SHARED_POOL);

            Await.until("every reader answered", WAIT, () -> readers.stream().allMatch(r -> r.status() != 0));
            assertThat(readers)
                    .as("readers beyond the readers' connections, refused")
                    .anyMatch(reader -> reader.status() == 503);
            for (SlowClient reader : readers) {
                if (reader.status() != 200) {
                    assertThat(reader.status()).as(reader.text()).isEqualTo(503);
                    Await.until("the whole 503 answer", WAIT, reader::ended);
                    assertThat(reader.text())
                            .contains("application/json", "Retry-After", "the most it serves at once: try again later");
                }
            }
        } finally {
            readers.forEach(SlowClient::close);
        }
        assertThat(database.spilledBytes()).isEqualTo(spilledBefore);
        // the readers' connections are free again once they left
        Await.until(
                "a series served after the slow readers left",
                WAIT,
                () -> api.get("api/readings?from=" + from + "&fields=ID_WEB_Temperatur_TVL")
                                .statusCode()
                        == 200);
    }

    /** Readers whose answer has begun and not ended: each holds a connection of the server's. */
    private static long streaming(List<SlowClient> readers) {
        return readers.stream().filter(r -> r.status() == 200 && !r.ended()).count();
    }
}
