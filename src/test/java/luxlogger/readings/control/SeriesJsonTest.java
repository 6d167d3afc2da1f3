package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The series answer written from polls stored in a real SQLite file, every poll or downsampled. */
class SeriesJsonTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Instant FROM = Instant.parse("2026-01-31T06:00:00Z");
    private static final TimeRange HOUR = new TimeRange(FROM, FROM.plus(Duration.ofHours(1)));
    private static final String FLOW = "calculations.ID_WEB_Temperatur_TVL";

    @TempDir
    Path dir;

    @Test
    void withoutPointsEveryPollIsWrittenAsBefore() throws StoreException {
        String json = write(null, 300, 350, 290);
        // the answer's bytes as the resource wrote them before points= existed
        assertThat(json)
                .isEqualTo(
                        "{\"controller\":\"heatpump\",\"from\":\"2026-01-31T06:00:00Z\",\"to\":\"2026-01-31T07:00:00Z\","
                                + "\"fields\":[\"" + FLOW + "\"],\"points\":["
                                + point("06:00:00", "30.0") + "," + point("06:00:30", "35.0") + ","
                                + point("06:01:00", "29.0")
                                + "]}");
    }

    @Test
    void withPointsTheSeriesIsCutDownAndSaysHow() throws StoreException {
        String json = write(2, 300, 350, 290, 310);
        assertThat(json)
                .isEqualTo(
                        "{\"controller\":\"heatpump\",\"from\":\"2026-01-31T06:00:00Z\",\"to\":\"2026-01-31T07:00:00Z\","
                                + "\"fields\":[\"" + FLOW + "\"],\"points\":["
                                + point("06:00:30", "35.0") + "," + point("06:01:00", "29.0")
                                + "],\"downsampled\":{\"buckets\":1,\"polls\":4}}");
    }

    /** Stores polls 30 s apart with the flow temperatures (tenths) given; writes their series. */
    private String write(Integer points, int... flow) throws StoreException {
        Field field = CATALOG.field(FLOW).orElseThrow();
        Snapshot dump = TestSnapshots.dump(TestSnapshots.BOUNI, FROM);
        List<Snapshot> polls = new ArrayList<>();
        for (int i = 0; i < flow.length; i++) {
            int[] calculations = dump.calculations().clone();
            calculations[field.index()] = flow[i];
            polls.add(new Snapshot(FROM.plusSeconds(30L * i), dump.parameters(), calculations, dump.visibilities()));
        }
        try (var standalone = new StandaloneStore(dir.resolve("series.db"))) {
            standalone.store().store(TestSnapshots.heatpump(polls));
            var out = new ByteArrayOutputStream();
            new SeriesJson(standalone.reader(), new Decoder(CATALOG))
                    .write(out, "heatpump", HOUR, List.of(field), points);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String point(String time, String flow) {
        return "{\"time\":\"2026-01-31T" + time + "Z\",\"values\":{\"" + FLOW + "\":" + flow + "}}";
    }
}
