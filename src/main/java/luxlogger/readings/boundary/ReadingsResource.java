package luxlogger.readings.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Duration;
import java.util.List;
import luxlogger.BadRequest;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.control.ReadingsJson;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Reading;
import luxlogger.luxtronik.entity.Snapshot;
import luxlogger.readings.control.Downsampler;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.control.ReadingStreams;
import luxlogger.readings.control.SeriesJson;
import luxlogger.readings.control.TimeRange;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.readings.entity.ReadingsExport;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The stored polls, decoded: the newest one, and time series of selected fields. */
@Path("readings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReadingsResource {

    /** Values (polls × fields) one time series answer may hold: a week of 30 s polls of 100 fields. */
    static final long MAX_VALUES = 2_016_000;

    @Inject
    PollReader polls;

    @Inject
    Instance<ReadingsSettings> settings;

    @Inject
    Instance<Controllers> controllers;

    @Inject
    ControllerChoice choice;

    @Inject
    ReadingStreams streams;

    private final Catalog catalog = Catalog.standard();

    @GET
    @Path("latest")
    @Operation(summary = "The newest poll, every field (or those selected) decoded")
    public Response latest(
            @Parameter(description = "Field names or * patterns, comma-separated, e.g. *Temperatur*")
                    @QueryParam("fields")
                    String fields,
            @Parameter(description = "The controller's name; needed only when there are several")
                    @QueryParam("controller")
                    String controller) {
        List<Field> selected = select(fields, null, null);
        // while the readings' settings are invalid, the database is not prepared: 503 naming them, not a 500
        settings.get();
        String name = choice.of(controller);
        boolean simulated =
                controllers.get().all().stream().anyMatch(c -> c.name().equals(name) && c.simulated());
        Snapshot snapshot = polls.latest(name)
                .orElseThrow(() -> new ServiceUnavailableException("no poll of " + name + " stored yet"));
        List<Reading> readings =
                new Decoder(catalog).decode(snapshot, selected == null ? catalog.fields(snapshot) : selected);
        StreamingOutput body = output -> {
            try (JsonGenerator json = Json.createGenerator(output)) {
                json.writeStartObject()
                        .write("controller", name)
                        .write("time", snapshot.time().toString())
                        .write("firmware", Decoder.firmware(snapshot))
                        .write("simulated", simulated)
                        .writeStartArray("values");
                ReadingsJson.write(json, readings, true);
                json.writeEnd().writeEnd();
            }
        };
        return Response.ok(body).build();
    }

    @GET
    @Operation(
            summary = "A time series of selected fields, oldest first; default: the last hour; with format= a CSV or"
                    + " JSON Lines stream of any range")
    // the body is streamed: the description says what it holds (and the scanner does not look for a schema of
    // StreamingOutput among the libraries, which it no longer indexes)
    @APIResponse(
            responseCode = "200",
            description =
                    "{\"from\", \"to\", \"fields\": [names], \"points\": [{\"time\", \"values\": {name: value}}]},"
                            + " with points= also \"downsampled\": {\"buckets\", \"polls\"}; with format=csv the"
                            + " reports' rows, with format=jsonl one {\"time\", name: value} object per line",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING))
            })
    // a client that asks for CSV or JSON Lines in Accept, as well as with format=, is not refused
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/x-ndjson"})
    public Response series(
            @Parameter(description = "Start, ISO-8601 (2026-01-31T06:00:00Z, 2026-01-31T07:00+01:00, 2026-01-31 in TZ)")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "End (exclusive), same formats; default now") @QueryParam("to") String to,
            @Parameter(description = "Field names or * patterns, comma-separated (required)") @QueryParam("fields")
                    String fields,
            @Parameter(description = "The controller's name; needed only when there are several")
                    @QueryParam("controller")
                    String controller,
            @Parameter(
                            description =
                                    "Downsampled to at most this many values per field (2-10000): min and max per bucket")
                    @QueryParam("points")
                    String points,
            @Parameter(description = "csv or jsonl: every poll of the range as rows, streamed, no limit of values")
                    @QueryParam("format")
                    String format) {
        TimeRange range;
        Integer most;
        ExportFormat export;
        try {
            range = TimeRange.parse(
                    from, to, Duration.ofHours(1), settings.get().zone());
            most = Downsampler.points(points);
            export = format == null ? null : ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        if (export != null && most != null) {
            throw new BadRequest("points cannot be combined with format: format=" + export.key()
                    + " streams every poll of the range");
        }
        if (fields == null || fields.isBlank()) {
            throw new BadRequest("fields is required, e.g. fields=ID_WEB_Temperatur_TVL,ID_WEB_Temperatur_TRL");
        }
        // a stream of rows keeps no value: any range, however many values
        List<Field> selected = select(fields, export == null ? range : null, most);
        String name = choice.of(controller);
        if (export != null) {
            return Response.ok(new ReadingsExport(name, range.from(), range.to(), selected, export), export.mediaType())
                    .build();
        }
        StreamingOutput body = output -> {
            if (!streams.run(
                    () -> new SeriesJson(polls, new Decoder(catalog)).write(output, name, range, selected, most))) {
                // nothing written yet: the API's 503 answer replaces the series
                throw new ServiceUnavailableException(ReadingStreams.BUSY, ReadingStreams.WAIT.toSeconds());
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** @param points the most values per field a downsampled series returns, null for every poll */
    private List<Field> select(String patterns, TimeRange range, Integer points) {
        if (patterns == null || patterns.isBlank()) {
            return null;
        }
        List<Field> selected;
        try {
            selected = catalog.select(patterns);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        if (range != null) {
            long polls =
                    range.duration().toSeconds() / settings.get().interval().toSeconds() + 1;
            // downsampled, the answer's values count, not the polls read
            polls = points == null ? polls : Math.min(polls, points);
            if (polls * selected.size() > MAX_VALUES) {
                throw new BadRequest("too many values: " + selected.size() + " fields over " + range.duration()
                        + (points == null ? "" : " at " + points + " points") + " is about " + polls * selected.size()
                        + " values, at most " + MAX_VALUES
                        + " per request: select fewer fields or "
                        + (points == null ? "a shorter range" : "fewer points"));
            }
        }
        return selected;
    }
}
