package luxlogger.energy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import luxlogger.BadRequest;
import luxlogger.energy.control.Period;
import luxlogger.energy.control.Summaries;
import luxlogger.energy.control.SummaryTable;
import luxlogger.readings.boundary.ControllerChoice;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Heat, electricity, efficiency and operation per day, month or heating season, from the day summaries
 * ({@link Summaries}), which are computed from the stored polls when first asked for.
 */
@Path("summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    /** The longest range one request may ask for: ten heating seasons. */
    static final int MAX_DAYS = 3_660;

    @Inject
    Summaries summaries;

    @Inject
    ControllerChoice choice;

    @GET
    @Operation(summary = "Heat, electricity, COP, compressor starts and hours per day, month or heating season")
    public Map<String, Object> summary(
            @Parameter(
                            description = "First day, e.g. 2026-11-01 (or a month, 2026-11); default: 30 days,"
                                    + " 12 months or two seasons back")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "The day after the last, e.g. 2026-12-01 (or a month); default: after today")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "day (default), month or season (from the 1st of SEASON_START_MONTH)")
                    @QueryParam("period")
                    String period,
            @Parameter(description = "The controller's name; needed only when there are several")
                    @QueryParam("controller")
                    String controller) {
        Period kind;
        try {
            kind = period == null || period.isBlank() ? Period.DAY : Period.of(period);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        String name = choice.of(controller);
        ZoneId zone = summaries.zone();
        LocalDate today = LocalDate.now(zone);
        LocalDate start = blank(from) ? kind.defaultFrom(today, summaries.seasonStart()) : date("from", from);
        LocalDate end = blank(to) ? today.plusDays(1) : date("to", to);
        if (!start.isBefore(end)) {
            throw new BadRequest("from (" + start + ") must be before to (" + end + ")");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new BadRequest("from " + start + " to " + end + " is longer than " + MAX_DAYS + " days");
        }
        var rows = summaries.periods(name, kind, start, end, Instant.now());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("controller", name);
        answer.put("period", kind.key());
        answer.put("from", rows.from().toString());
        answer.put("to", rows.to().toString());
        answer.put("zone", zone.getId());
        answer.put("rows", rows.rows());
        answer.put("units", SummaryTable.UNITS);
        return answer;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A day, or a month standing for its first day. */
    private static LocalDate date(String name, String text) {
        String value = text.strip();
        try {
            return value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new BadRequest(name + "='" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                    + "' is not a day: use 2026-12-01 or a month, 2026-12");
        }
    }
}
