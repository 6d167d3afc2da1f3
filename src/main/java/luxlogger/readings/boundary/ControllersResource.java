package luxlogger.readings.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.luxtronik.entity.NamedController;
import luxlogger.readings.control.FleetHealth;
import luxlogger.readings.control.PollReader;
import luxlogger.readings.control.PollReader.StoredPolls;
import luxlogger.readings.control.PollingHealth;
import luxlogger.readings.entity.ReadingsSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every controller: those this logger polls, with how polling fares, and those whose polls the database holds
 * from before or from another logger instance.
 */
@Path("controllers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ControllersResource {

    @Inject
    Instance<Controllers> controllers;

    @Inject
    Instance<ReadingsSettings> readingsSettings;

    @Inject
    Poller poller;

    @Inject
    PollReader polls;

    @GET
    @Operation(
            summary = "The controllers: name, address, firmware, last poll and state (ok, failing with the problem,"
                    + " or stored: polls kept but not polled here)")
    public List<Map<String, Object>> list() {
        // while these settings are invalid, the database is not prepared: 503 naming them, not a 500
        List<NamedController> configured = controllers.get().all();
        readingsSettings.get();
        FleetHealth fleet = poller.health(Instant.now());
        Map<String, StoredPolls> stored =
                polls.controllers().stream().collect(Collectors.toMap(StoredPolls::name, Function.identity()));
        var list = new ArrayList<Map<String, Object>>();
        for (NamedController controller : configured) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("name", controller.name());
            entry.put(
                    "address",
                    controller.simulated()
                            ? "simulator"
                            : controller.settings().host() + ":"
                                    + controller.settings().port());
            entry.put("simulated", controller.simulated());
            stored(entry, stored.remove(controller.name()));
            PollingHealth health = fleet.controllers().get(controller.name());
            if (health == null) {
                entry.put("state", "not polled");
                entry.put("problem", PollingHealth.idle().unready());
            } else {
                entry.put("state", health.ready() ? "ok" : "failing");
                if (!health.ready()) {
                    entry.put("problem", health.unready());
                }
                entry.put("pollsOk", health.figures().ok());
                entry.put("pollsFailed", health.figures().failed());
            }
            list.add(entry);
        }
        for (StoredPolls other : stored.values()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("name", other.name());
            stored(entry, other);
            entry.put("state", "stored");
            list.add(entry);
        }
        return list;
    }

    private static void stored(Map<String, Object> entry, StoredPolls stored) {
        entry.put("firmware", stored == null ? null : stored.firmware());
        entry.put(
                "lastPoll",
                stored == null || stored.newest() == null
                        ? null
                        : stored.newest().toString());
        entry.put("instance", stored == null ? null : stored.instance());
    }
}
