package luxlogger.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import luxlogger.BadRequest;
import luxlogger.readings.boundary.ControllerChoice;
import luxlogger.readings.control.TimeRange;
import luxlogger.readings.entity.ExportFormat;
import luxlogger.reports.control.Cleanup;
import luxlogger.reports.control.Kind;
import luxlogger.reports.control.Report;
import luxlogger.reports.control.ReportFile;
import luxlogger.reports.control.ReportFiles;
import luxlogger.reports.control.Reports;
import luxlogger.reports.entity.ReportSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The reports (CSV, JSON Lines): write them now, list them, download one. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    Reports reports;

    @Inject
    Cleanup cleanup;

    @Inject
    ControllerChoice choice;

    @Inject
    Instance<ReportSettings> settings;

    @POST
    @Operation(
            summary = "Writes reports now (the last 24 hours and 7 days, one of them, or a range of at most 31 days),"
                    + " then cleans up; lists the files written")
    public Map<String, Object> write(
            @Parameter(description = "daily or weekly; both when absent") @QueryParam("type") String type,
            @Parameter(description = "start of an explicit range (ISO-8601)") @QueryParam("from") String from,
            @Parameter(description = "end of an explicit range (ISO-8601), default now") @QueryParam("to") String to,
            @Parameter(description = "csv or jsonl; the formats of REPORT_FORMATS when absent") @QueryParam("format")
                    String format,
            @Parameter(description = "The controller's name; needed only when there are several")
                    @QueryParam("controller")
                    String controller) {
        Instant now = Instant.now();
        String name = choice.of(controller);
        List<Report> written = new ArrayList<>();
        try {
            List<ExportFormat> formats =
                    format == null ? settings.get().reportFormats() : List.of(ExportFormat.of(format));
            if (from != null || to != null) {
                if (type != null) {
                    throw new BadRequest("give either type or from/to, not both");
                }
                written.addAll(reports.write(name, range(from, to), formats));
            } else {
                for (Kind kind : type == null ? Kind.values() : new Kind[] {Kind.of(type)}) {
                    written.addAll(reports.write(name, kind, now, formats));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        ReportFiles files = reports.files();
        var answer = new LinkedHashMap<String, Object>();
        answer.put(
                "written",
                written.stream()
                        .map(report -> Map.of(
                                "name",
                                report.name(),
                                "controller",
                                name,
                                "folder",
                                files.folderOf(report.path())
                                        .map(ReportFiles.Folder::name)
                                        .orElseThrow(),
                                "rows",
                                report.rows(),
                                "columns",
                                report.columns(),
                                "bytes",
                                report.bytes(),
                                "skipped",
                                report.skipped()))
                        .toList());
        answer.put("cleanUp", cleanup.cleanUp(now));
        return answer;
    }

    private TimeRange range(String from, String to) {
        try {
            return TimeRange.parse(from, to, Duration.ofDays(1), settings.get().zone());
        } catch (IllegalArgumentException e) {
            // beyond even the longest range of the API: the same advice as for any range above a report's limit
            throw new BadRequest(
                    e.getMessage().contains("longer than")
                            ? e.getMessage() + ": " + Reports.STREAM_LONGER
                            : e.getMessage());
        }
    }

    @GET
    @Operation(summary = "The report files of every controller, or of one, newest first")
    public List<Map<String, Object>> list(
            @Parameter(description = "Only this controller's reports; all when absent") @QueryParam("controller")
                    String controller) {
        // with several controllers a name alone may be ambiguous: each link names its controller
        boolean several = reports.layout().several();
        return files(controller).list().stream()
                .map(entry -> Map.<String, Object>of(
                        "name",
                        entry.name(),
                        "controller",
                        entry.controller(),
                        "folder",
                        entry.folder(),
                        "bytes",
                        entry.bytes(),
                        "modified",
                        entry.modified().toString(),
                        "href",
                        "api/reports/" + entry.name() + (several ? "?controller=" + entry.controller() : "")))
                .toList();
    }

    @GET
    @Path("{name}")
    @Produces({"text/csv", "application/x-ndjson", "text/html"})
    @Operation(
            summary = "Downloads one report file: text/csv, application/x-ndjson for JSON Lines, text/html for a"
                    + " weekly health report")
    public Response download(
            @Context Request request,
            @PathParam("name") String name,
            @Parameter(description = "The controller's name; needed only when several have a report of the name")
                    @QueryParam("controller")
                    String controller) {
        List<ReportFile> found = files(controller).find(name);
        if (found.isEmpty()) {
            throw new NotFoundException("no report named '" + (name.length() > 80 ? name.substring(0, 80) + "…" : name)
                    + "'" + (controller == null || controller.isBlank() ? "" : " of controller '" + controller + "'"));
        }
        if (found.size() > 1) {
            throw new BadRequest("several controllers have a report named '" + name + "': give controller, one of "
                    + found.stream().map(ReportFile::controller).toList());
        }
        ReportFile entry = found.get(0);
        var tag = new EntityTag(entry.version());
        Date modified = Date.from(entry.modified());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.ok(entry.path().toFile(), entry.mediaType())
                .tag(tag)
                .lastModified(modified)
                .header("Content-Disposition", "attachment; filename=\"" + entry.name() + "\"")
                .build();
    }

    /** The reports of every controller, or of the one asked for; 404 for a controller the logger does not know. */
    private ReportFiles files(String controller) {
        ReportFiles files = reports.files();
        if (controller == null || controller.isBlank()) {
            return files;
        }
        ReportFiles own = files.only(controller);
        if (own.folders().isEmpty()) {
            // no folder of that name: an unknown controller is a 404 naming the known ones; a known one has none
            choice.of(controller);
        }
        return own;
    }
}
