package luxlogger.reports.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.control.ReadingStreams;
import luxlogger.readings.entity.ReadingsExport;
import luxlogger.reports.control.Columns;
import luxlogger.reports.control.ReportWriter;
import luxlogger.reports.entity.ReportSettings;

/**
 * Writes the answer of {@code GET /api/readings?format=csv|jsonl} as the reports' rows: CSV in the reports' dialect,
 * zone and headers, or JSON Lines, streamed as the polls are read, in a turn of the series streams as the JSON
 * answer is (503 when none comes in time). It lives here because the formats are the reports', and the readings
 * may not depend on the reports.
 */
@Provider
@Produces({"text/csv", "application/x-ndjson"})
public class ExportBody implements MessageBodyWriter<ReadingsExport> {

    @Inject
    PollReader polls;

    @Inject
    ReadingStreams streams;

    @Inject
    Instance<ReportSettings> settings;

    private final Catalog catalog = Catalog.standard();

    @Override
    public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return type == ReadingsExport.class;
    }

    @Override
    public void writeTo(
            ReadingsExport export,
            Class<?> type,
            Type generic,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream output) {
        // before the first byte: invalid report settings are the API's 503 naming them, not a broken stream
        ReportWriter writer = ReportWriter.of(catalog, settings.get());
        Columns columns = new Columns(export.fields());
        if (!streams.run(() -> writer.export(
                output,
                columns,
                export.format(),
                consumer ->
                        polls.forEach(export.controller(), export.from(), export.to(), export.fields(), consumer)))) {
            throw new ServiceUnavailableException(ReadingStreams.BUSY, ReadingStreams.WAIT.toSeconds());
        }
    }
}
