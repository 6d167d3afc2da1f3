package luxlogger.readings.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.control.ReadingsJson;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Reading;

/**
 * The answer of {@code GET /api/readings}, streamed as the stored polls are read: every poll of the range, or the
 * range cut down to a number of points ({@link Downsampler}). Both have the same points, a time and the values by
 * field name, so that a chart reads them alike; the downsampled answer adds how it was made.
 */
public final class SeriesJson {

    private final PollReader polls;
    private final Decoder decoder;

    public SeriesJson(PollReader polls, Decoder decoder) {
        this.polls = polls;
        this.decoder = decoder;
    }

    /**
     * Writes the series of the fields over the range.
     *
     * @param points at most this many values per field, downsampled; null for every poll
     */
    public void write(OutputStream output, String controller, TimeRange range, List<Field> fields, Integer points) {
        try (JsonGenerator json = Json.createGenerator(output)) {
            json.writeStartObject()
                    .write("controller", controller)
                    .write("from", range.from().toString())
                    .write("to", range.to().toString())
                    .writeStartArray("fields");
            fields.forEach(field -> json.write(field.column()));
            json.writeEnd().writeStartArray("points");
            if (points == null) {
                polls.forEach(controller, range.from(), range.to(), fields, snapshot -> {
                    point(json, snapshot.time(), decoder.decode(snapshot, fields));
                });
                json.writeEnd();
            } else {
                var downsampler = new Downsampler(
                        range, points, fields, decoder, point -> point(json, point.time(), point.readings()));
                polls.forEach(controller, range.from(), range.to(), fields, downsampler);
                long read = downsampler.finish();
                json.writeEnd()
                        .writeStartObject("downsampled")
                        .write("buckets", downsampler.buckets())
                        .write("polls", read)
                        .writeEnd();
            }
            json.writeEnd();
        }
    }

    private static void point(JsonGenerator json, Instant time, List<Reading> readings) {
        json.writeStartObject().write("time", time.toString()).writeStartObject("values");
        for (Reading reading : readings) {
            ReadingsJson.value(json, reading.field().column(), reading);
        }
        json.writeEnd().writeEnd();
    }
}
