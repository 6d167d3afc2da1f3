package luxlogger.imports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import luxlogger.BadRequest;
import luxlogger.imports.entity.ImportResult;
import luxlogger.readings.boundary.ControllerChoice;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The earlier Python logger's database ({@code cache.db}), sent to be imported into a controller's polls. */
@Path("import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    Imports imports;

    @Inject
    ControllerChoice choice;

    @Inject
    Instance<ReadingsSettings> settings;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(
            summary = "Imports the earlier logger's cache.db (the request body) into a controller's polls; polls"
                    + " already stored are kept, so a stopped import can be sent again. Answers what it did")
    public ImportResult upload(
            InputStream body,
            @Parameter(description = "The controller's name; needed only when there are several")
                    @QueryParam("controller")
                    String controller,
            @Parameter(description = "The zone the earlier logger ran in, e.g. Europe/Berlin; default TZ")
                    @QueryParam("zone")
                    String zone) {
        // the parameters first: a wrong one is answered before a large file is received
        String name = choice.of(controller);
        return imports.run(body, name, zone(zone));
    }

    private ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return settings.get().zone();
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            String shown = zone.length() > 40 ? zone.substring(0, 40) + "…" : zone;
            throw new BadRequest("zone='" + shown + "' is no time zone: expected one such as Europe/Berlin or UTC");
        }
    }
}
