package luxlogger.diagnosis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import luxlogger.BadRequest;
import luxlogger.diagnosis.control.HealthPage;
import luxlogger.diagnosis.control.HealthReports;
import luxlogger.diagnosis.control.ReportPeriod;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.readings.boundary.ControllerChoice;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A controller's health report (DIAGNOSTICS.md rules 1-12) for an ISO week or any range, computed from the stored
 * polls, day summaries and journal when asked for.
 */
@Path("health-reports")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, HealthReportResource.HTML})
public class HealthReportResource {

    @Inject
    HealthReports reports;

    @Inject
    ControllerChoice choice;

    @Inject
    Instance<ReadingsSettings> settings;

    /** The page's type: HealthPage declares UTF-8 in the page too. */
    static final String HTML = "text/html;charset=UTF-8";

    @GET
    @Operation(
            summary = "The health report: findings of the diagnostic rules with figures, references and advice;"
                    + " JSON, or the self-contained HTML page (format=html, or Accept: text/html first)")
    public Response report(
            @Parameter(description = "ISO week, e.g. 2026-W49; default: the last complete week") @QueryParam("week")
                    String week,
            @Parameter(description = "Start instead of a week: ISO-8601 or a date in TZ; default: to minus 7 days")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "End (exclusive), same formats; default: from plus 7 days") @QueryParam("to")
                    String to,
            @Parameter(description = "The controller's name; needed only when there are several")
                    @QueryParam("controller")
                    String controller,
            @Parameter(description = "json or html; default: what Accept prefers") @QueryParam("format") String format,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        boolean html = html(format, headers);
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(week, from, to, settings.get().zone(), Instant.now());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        String name = choice.of(controller);
        HealthReport report = reports.report(name, period.from(), period.to(), period.week());
        return html
                ? Response.ok(HealthPage.render(report, dashboard(uri)), HTML).build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The dashboard of the server asked, for the page's links to its charts: the root above {@code /api/}, also
     * behind a reverse proxy's path (X-Forwarded headers are not trusted here: the address is the one the request
     * reached). The weekly file has no links: nobody knows from where its reader will open it.
     */
    private static String dashboard(UriInfo uri) {
        return uri.getBaseUri().resolve("../").toString();
    }

    /** HTML when asked by {@code format}, or when the client's most wanted type is HTML (a browser's address bar). */
    private static boolean html(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip()) {
                case "html" -> true;
                case "json" -> false;
                default -> throw new BadRequest("format='" + format + "' is none of json, html");
            };
        }
        List<MediaType> wanted = headers.getAcceptableMediaTypes();
        return !wanted.isEmpty()
                && !wanted.get(0).isWildcardType()
                && wanted.get(0).isCompatible(MediaType.TEXT_HTML_TYPE);
    }
}
