package luxlogger.readings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import luxlogger.BadRequest;
import luxlogger.luxtronik.entity.Controllers;
import luxlogger.readings.control.PollReader;

/**
 * Which controller an API request means by {@code ?controller=}: optional while there is only one, required
 * with several. Besides the configured controllers, any whose polls the database holds can be asked for, e.g.
 * one no longer polled.
 */
@ApplicationScoped
public class ControllerChoice {

    @Inject
    Instance<Controllers> controllers;

    @Inject
    PollReader polls;

    /**
     * The name of the controller meant.
     *
     * @throws BadRequest without a name while several controllers are configured
     * @throws NotFoundException for a name that is neither configured nor stored
     */
    public String of(String requested) {
        List<String> configured = controllers.get().names();
        if (requested == null || requested.isBlank()) {
            if (configured.size() == 1) {
                return configured.get(0);
            }
            throw new BadRequest("controller is required with several controllers: one of " + configured);
        }
        if (configured.contains(requested)) {
            return requested;
        }
        if (polls.holds(requested)) {
            return requested;
        }
        Set<String> known = new LinkedHashSet<>(configured);
        known.addAll(polls.names());
        throw new NotFoundException("no controller named '" + abbreviate(requested) + "'; known: " + known);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
