package luxlogger.readings.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * A long series cut down for a chart, in one pass over polls that arrive in time order: {@code [from, to)} is split
 * into {@code points / 2} equal time buckets, and in each bucket every field keeps at most two of its values, each
 * at the time it was read. So a field has at most {@code points} values, and a year of 30 s polls (about a million)
 * becomes a thousand values per field.
 *
 * <p>Numbers keep the bucket's minimum and maximum (the earliest of equal ones); flags count as 0 and 1, so a
 * compressor that ran for minutes of a day-long bucket still shows. Min/max, not largest-triangle-three-buckets:
 * LTTB keeps the one point per bucket that best keeps the line's shape, and so drops a one-poll peak beside a
 * larger swing (an error's spike of the flow temperature, a defrost's dip of the return), which is what people
 * look for in a year; min/max keeps every bucket's extremes, costs two comparisons per value and needs no look at
 * the next bucket. Values that are no numbers (operating states, text, times) keep the bucket's first and last
 * value: a state chart then changes step within the right bucket, and a state shorter than a bucket may not show
 * (the event journal marks those). The bucket's first value of a field decides which rule it follows.
 *
 * <p>A bucket is handed on as points once a poll of a later bucket arrives (or at {@link #finish()}), in time order,
 * one point per time with the values kept at that time. Memory holds one bucket, a few values per field, whatever
 * the range; buckets without polls give no points.
 */
public final class Downsampler implements Consumer<Snapshot> {

    /** The fewest points a request may ask for: one bucket's minimum and maximum. */
    public static final int MIN_POINTS = 2;
    /** The most: more than any screen is wide, so a request for more is a mistake. */
    public static final int MAX_POINTS = 10_000;

    private final long from;
    private final long span;
    private final int buckets;
    private final List<Field> fields;
    private final Decoder decoder;
    private final Consumer<Point> points;
    private final Kept[] kept;
    private long bucket = -1;
    private long polls;

    /**
     * @param points at most this many values per field, {@link #MIN_POINTS} to {@link #MAX_POINTS}
     * @param sink receives the points of each bucket once it is complete
     */
    public Downsampler(TimeRange range, int points, List<Field> fields, Decoder decoder, Consumer<Point> sink) {
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new IllegalArgumentException("points " + points + " out of " + MIN_POINTS + "-" + MAX_POINTS);
        }
        this.from = range.from().toEpochMilli();
        this.span = range.duration().toMillis();
        this.buckets = points / 2;
        this.fields = List.copyOf(fields);
        this.decoder = decoder;
        this.points = sink;
        this.kept = new Kept[fields.size()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = new Kept();
        }
    }

    /**
     * The {@code points} of a request: null when it has none (every poll is wanted).
     *
     * @throws IllegalArgumentException naming the parameter, when it is no whole number in range
     */
    public static Integer points(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        // up to five digits: whatever is longer is out of range, and never overflows an int
        if (value.matches("\\d{1,5}")) {
            int points = Integer.parseInt(value);
            if (points >= MIN_POINTS && points <= MAX_POINTS) {
                return points;
            }
        }
        throw new IllegalArgumentException("points='" + text + "' is not a number of points: use a whole number from "
                + MIN_POINTS + " to " + MAX_POINTS + ", e.g. points=1000");
    }

    /** Number of buckets the range is split into. */
    public int buckets() {
        return buckets;
    }

    /** Takes one poll of the range; polls must come in time order, as {@link PollReader#forEach} reads them. */
    @Override
    public void accept(Snapshot snapshot) {
        long time = snapshot.time().toEpochMilli();
        if (time < from || time - from >= span) {
            throw new IllegalArgumentException("poll " + snapshot.time() + " is outside the range");
        }
        // in long arithmetic: 400 days of milliseconds times 5,000 buckets is far below its limit
        long index = (time - from) * buckets / span;
        if (index < bucket) {
            throw new IllegalArgumentException("poll " + snapshot.time() + " came after a later one");
        }
        if (index != bucket) {
            flush();
            bucket = index;
        }
        polls++;
        for (int i = 0; i < kept.length; i++) {
            Optional<Reading> reading = decoder.decode(snapshot, fields.get(i));
            if (reading.isPresent()) {
                kept[i].add(snapshot.time(), reading.get());
            }
        }
    }

    /** Hands on the last bucket's points; returns the number of polls taken. */
    public long finish() {
        flush();
        return polls;
    }

    private void flush() {
        Map<Instant, List<Reading>> byTime = new TreeMap<>();
        for (Kept field : kept) {
            field.drain((time, reading) ->
                    byTime.computeIfAbsent(time, t -> new ArrayList<>()).add(reading));
        }
        byTime.forEach((time, readings) -> points.accept(new Point(time, readings)));
    }

    /** One point of the downsampled series: the values kept at one time, in the order of the fields asked for. */
    public record Point(Instant time, List<Reading> readings) {}

    /** What one field keeps of the current bucket: its minimum and maximum, or its first and last value. */
    private static final class Kept {
        private Instant lowTime;
        private Instant highTime;
        private Reading low;
        private Reading high;
        private double lowNumber;
        private double highNumber;
        private boolean numeric;

        void add(Instant time, Reading reading) {
            Object value = reading.value();
            boolean number = value instanceof Number || value instanceof Boolean;
            if (low == null) {
                numeric = number;
                low = reading;
                high = reading;
                lowTime = time;
                highTime = time;
                lowNumber = number ? number(value) : 0;
                highNumber = lowNumber;
            } else if (!numeric) {
                high = reading;
                highTime = time;
            } else if (number) {
                double n = number(value);
                if (n < lowNumber) {
                    low = reading;
                    lowTime = time;
                    lowNumber = n;
                }
                if (n > highNumber) {
                    high = reading;
                    highTime = time;
                    highNumber = n;
                }
            }
            // else a number's field had a value that could not be decoded: its numbers tell more
        }

        private static double number(Object value) {
            return value instanceof Boolean flag ? (flag ? 1 : 0) : ((Number) value).doubleValue();
        }

        void drain(BiConsumer<Instant, Reading> sink) {
            if (low != null) {
                sink.accept(lowTime, low);
                if (!highTime.equals(lowTime)) {
                    sink.accept(highTime, high);
                }
            }
            low = null;
            high = null;
        }
    }
}
