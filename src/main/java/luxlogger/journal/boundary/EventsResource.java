package luxlogger.journal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import luxlogger.BadRequest;
import luxlogger.journal.control.DecodedEvent;
import luxlogger.journal.control.Journal;
import luxlogger.journal.control.JournalReader.Page;
import luxlogger.journal.entity.EventKind;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.readings.boundary.ControllerChoice;
import luxlogger.readings.control.TimeRange;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A controller's event journal: errors, switch-offs, operating events and setting changes, newest first, a page
 * at a time. The answer names the {@code to} it used, so that the next pages asked with it stay the same while
 * new events arrive.
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    static final Duration DEFAULT_RANGE = Duration.ofDays(30);
    /**
     * How far after now the default {@code to} lies: errors and switch-offs carry the controller's clock, which may
     * run ahead of the logger's (many keep local time as if it were UTC), and a new error must show at once.
     */
    static final Duration AHEAD = Duration.ofDays(1);

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1_000;
    /** The last page one may ask for: beyond it the offset no longer fits the database's. */
    static final int MAX_PAGE = 1_000_000;

    @Inject
    Journal journal;

    @Inject
    ControllerChoice choice;

    @Inject
    Instance<ReadingsSettings> settings;

    private final Catalog catalog = Catalog.standard();

    /** A valid request. @param page from 1 */
    record Query(TimeRange range, Set<EventKind> kinds, int page, int size) {}

    @GET
    @Operation(summary = "The event journal: errors, switch-offs, operating events, setting changes; newest first")
    public Map<String, Object> events(
            @Parameter(
                            description =
                                    "Start (by the event's time), ISO-8601 or a date in TZ; default: 30 days before to")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description =
                                    "End (exclusive), same formats; default now. Keep the answer's to for the next pages")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "Kinds, comma-separated, e.g. error,switch-off,setting-change; default all")
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "The controller's name; needed only when there are several")
                    @QueryParam("controller")
                    String controller,
            @Parameter(description = "Page, from 1 (default)") @QueryParam("page") String page,
            @Parameter(description = "Events per page, 1 to 1000 (default 100)") @QueryParam("size") String size) {
        Query query;
        try {
            query = query(from, to, kind, page, size, settings.get().zone());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        String name = choice.of(controller);
        Page found = journal.events(
                name, query.range().from(), query.range().to(), query.kinds(), query.page() - 1, query.size());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("controller", name);
        answer.put("from", query.range().from().toString());
        answer.put("to", query.range().to().toString());
        answer.put("page", query.page());
        answer.put("size", query.size());
        answer.put("total", found.total());
        answer.put(
                "events",
                found.events().stream()
                        .map(event -> DecodedEvent.of(event, catalog).json())
                        .toList());
        return answer;
    }

    /**
     * Reads the parameters.
     *
     * @throws IllegalArgumentException naming every unusable one
     */
    static Query query(String from, String to, String kind, String page, String size, ZoneId zone) {
        List<String> problems = new ArrayList<>();
        TimeRange range = null;
        try {
            range = TimeRange.parse(from, to, DEFAULT_RANGE, zone);
            if (to == null || to.isBlank()) {
                range = new TimeRange(range.from(), range.to().plus(AHEAD));
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        Set<EventKind> kinds = new LinkedHashSet<>();
        if (kind != null) {
            for (String key : kind.split(",")) {
                try {
                    if (!key.isBlank()) {
                        kinds.add(EventKind.of(key));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        int pageNumber = number("page", page, 1, 1, MAX_PAGE, problems);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new Query(range, kinds, pageNumber, pageSize);
    }

    private static int number(String name, String text, int fallback, int min, int max, List<String> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        problems.add(name + "='" + shown + "' is not a whole number from " + min + " to " + max);
        return fallback;
    }
}
