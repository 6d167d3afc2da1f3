package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Snapshot;
import org.junit.jupiter.api.Test;

/** Synthetic polls of a flow and a return temperature, the compressor flag and the operating state. */
class DownsamplerTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Field FLOW = field("ID_WEB_Temperatur_TVL");
    private static final Field RETURN = field("ID_WEB_Temperatur_TRL");
    private static final Field COMPRESSOR = field("ID_WEB_VD1out");
    private static final Field STATE = field("ID_WEB_WP_BZ_akt");
    private static final Instant FROM = Instant.parse("2026-01-31T00:00:00Z");
    private static final TimeRange HOUR = new TimeRange(FROM, FROM.plus(Duration.ofHours(1)));

    private final List<Downsampler.Point> points = new ArrayList<>();

    @Test
    void keepsEachBucketsMinimumAndMaximumAtTheirTimes() {
        var downsampler = downsampler(HOUR, 4, FLOW);
        int[] flow = {300, 310, 290, 350, 320, 300};
        for (int i = 0; i < flow.length; i++) {
            downsampler.accept(poll(minutes(5 * i), flow[i], 0, 0, 0));
        }
        assertThat(downsampler.finish()).isEqualTo(6);
        assertThat(downsampler.buckets()).isEqualTo(2);
        assertThat(values(FLOW)).containsExactly(entry(10, "29.0"), entry(15, "35.0"));
    }

    @Test
    void keepsASpikeOfOnePollAmongAThousand() {
        var day = new TimeRange(FROM, FROM.plus(Duration.ofDays(1)));
        var downsampler = downsampler(day, 10, FLOW);
        for (int i = 0; i < 2880; i++) {
            downsampler.accept(poll(FROM.plusSeconds(30L * i), i == 1234 ? 800 : 300 + i % 7, 0, 0, 0));
        }
        downsampler.finish();
        Map<Instant, String> flow = values(FLOW);
        assertThat(flow).hasSizeLessThanOrEqualTo(10).containsEntry(FROM.plusSeconds(30L * 1234), "80.0");
        // of equal minima, the first is kept
        assertThat(flow).containsEntry(FROM, "30.0");
    }

    @Test
    void skipsBucketsWithoutPolls() {
        var downsampler = downsampler(HOUR, 8, FLOW);
        downsampler.accept(poll(minutes(1), 300, 0, 0, 0));
        downsampler.accept(poll(minutes(50), 310, 0, 0, 0));
        downsampler.finish();
        assertThat(downsampler.buckets()).isEqualTo(4);
        assertThat(points).extracting(Downsampler.Point::time).containsExactly(minutes(1), minutes(50));
    }

    @Test
    void aBucketBeginsAtItsBoundaryAndEndsJustBeforeTheNext() {
        var downsampler = downsampler(HOUR, 4, FLOW);
        downsampler.accept(poll(minutes(0), 300, 0, 0, 0));
        downsampler.accept(poll(minutes(10), 310, 0, 0, 0));
        downsampler.accept(poll(minutes(30).minusMillis(1), 305, 0, 0, 0));
        downsampler.accept(poll(minutes(30), 320, 0, 0, 0));
        downsampler.accept(poll(minutes(40), 330, 0, 0, 0));
        downsampler.accept(poll(minutes(50), 325, 0, 0, 0));
        downsampler.finish();
        // 29:59.999 in the second bucket would be its minimum; 30:00 in the first would be its maximum
        assertThat(values(FLOW).keySet()).containsExactly(minutes(0), minutes(10), minutes(30), minutes(40));
    }

    @Test
    void statesKeepTheBucketsFirstAndLastValue() {
        var downsampler = downsampler(HOUR, 4, STATE);
        int[] states = {0, 4, 0, 1};
        for (int i = 0; i < states.length; i++) {
            downsampler.accept(poll(minutes(i), 300, 0, 0, states[i]));
        }
        downsampler.accept(poll(minutes(40), 300, 0, 0, 4));
        downsampler.finish();
        assertThat(values(STATE)).containsExactly(entry(0, "heating"), entry(3, "hot water"), entry(40, "defrost"));
    }

    @Test
    void flagsCountAsZeroAndOne() {
        var downsampler = downsampler(HOUR, 2, COMPRESSOR);
        int[] running = {0, 0, 1, 1, 0};
        for (int i = 0; i < running.length; i++) {
            downsampler.accept(poll(minutes(i), 300, 0, running[i], 0));
        }
        downsampler.finish();
        assertThat(values(COMPRESSOR)).containsExactly(entry(0, "false"), entry(2, "true"));
    }

    @Test
    void fieldsKeptAtTheSameTimeShareAPointInTheOrderAsked() {
        var downsampler = downsampler(HOUR, 2, RETURN, FLOW);
        downsampler.accept(poll(minutes(0), 300, 250, 0, 0));
        downsampler.accept(poll(minutes(1), 350, 240, 0, 0));
        downsampler.accept(poll(minutes(2), 280, 260, 0, 0));
        downsampler.finish();
        assertThat(points).extracting(Downsampler.Point::time).containsExactly(minutes(1), minutes(2));
        assertThat(points.get(0).readings()).extracting(r -> r.field()).containsExactly(RETURN, FLOW);
        assertThat(points.get(1).readings()).extracting(r -> r.field()).containsExactly(RETURN, FLOW);
        assertThat(points.get(0).readings().get(1).value()).isEqualTo(new BigDecimal("35.0"));
    }

    @Test
    void aDayAtOneHundredPointsHasAtMostOneHundredValuesPerField() {
        var day = new TimeRange(FROM, FROM.plus(Duration.ofDays(1)));
        var downsampler = downsampler(day, 101, FLOW, RETURN, COMPRESSOR, STATE);
        for (int i = 0; i < 2880; i++) {
            int wave = (int) (100 * Math.sin(i / 40.0));
            downsampler.accept(poll(FROM.plusSeconds(30L * i), 300 + wave, 250 - wave, i / 90 % 2, i / 200 % 3));
        }
        assertThat(downsampler.finish()).isEqualTo(2880);
        assertThat(downsampler.buckets()).isEqualTo(50);
        for (Field field : List.of(FLOW, RETURN, COMPRESSOR, STATE)) {
            assertThat(values(field)).as(field.name()).hasSizeGreaterThan(50).hasSizeLessThanOrEqualTo(100);
        }
        assertThat(points).extracting(Downsampler.Point::time).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void refusesPollsOutOfOrderOrOutsideTheRange() {
        var downsampler = downsampler(HOUR, 4, FLOW);
        downsampler.accept(poll(minutes(40), 300, 0, 0, 0));
        assertThatThrownBy(() -> downsampler.accept(poll(minutes(10), 300, 0, 0, 0)))
                .hasMessageContaining("came after a later one");
        assertThatThrownBy(() -> downsampler.accept(poll(minutes(60), 300, 0, 0, 0)))
                .hasMessageContaining("outside the range");
        assertThatThrownBy(() -> downsampler.accept(poll(minutes(-1), 300, 0, 0, 0)))
                .hasMessageContaining("outside the range");
        assertThatThrownBy(() -> downsampler(HOUR, 1, FLOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsThePointsParameter() {
        assertThat(Downsampler.points(null)).isNull();
        assertThat(Downsampler.points(" ")).isNull();
        assertThat(Downsampler.points("2")).isEqualTo(2);
        assertThat(Downsampler.points(" 1000 ")).isEqualTo(1000);
        assertThat(Downsampler.points("10000")).isEqualTo(10_000);
        for (String bad : List.of("0", "1", "10001", "99999999999", "abc", "-5", "1e3", "1000.0")) {
            assertThatThrownBy(() -> Downsampler.points(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("points='" + bad + "'")
                    .hasMessageContaining("from 2 to 10000");
        }
    }

    private Downsampler downsampler(TimeRange range, int most, Field... fields) {
        return new Downsampler(range, most, List.of(fields), new Decoder(CATALOG), points::add);
    }

    /** The kept values of one field by time, as text. */
    private Map<Instant, String> values(Field field) {
        return points.stream()
                .flatMap(p -> p.readings().stream()
                        .filter(r -> r.field().equals(field))
                        .map(r -> Map.entry(p.time(), r)))
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().text(), (a, b) -> a + "," + b, TreeMap::new));
    }

    private static Map.Entry<Instant, String> entry(int minute, String value) {
        return Map.entry(minutes(minute), value);
    }

    private static Instant minutes(int minutes) {
        return FROM.plus(Duration.ofMinutes(minutes));
    }

    private static Snapshot poll(Instant time, int flow, int back, int compressor, int state) {
        int[] calculations = new int[100];
        calculations[FLOW.index()] = flow;
        calculations[RETURN.index()] = back;
        calculations[COMPRESSOR.index()] = compressor;
        calculations[STATE.index()] = state;
        return new Snapshot(time, new int[0], calculations, new byte[0]);
    }

    private static Field field(String name) {
        return CATALOG.field("calculations." + name).orElseThrow();
    }
}
