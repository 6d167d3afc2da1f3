package luxlogger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;

/**
 * The check of every call under {@code /api} ({@link ApiAccess}), made before the call is matched to a resource,
 * so that an unknown path or a wrong method tells a caller without the token nothing either. Health and metrics
 * live outside {@code /api} and stay open for orchestrators. The token is read like every other setting but on
 * its own, so that a bad value elsewhere never opens the API; a token that cannot be read closes it (503).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiToken implements ContainerRequestFilter {

    private static final Logger LOG = System.getLogger(ApiToken.class.getName());

    @Inject
    Configuration configuration;

    void start(@Observes Startup event) {
        try {
            if (access().open()) {
                LOG.log(
                        Level.INFO,
                        "API_TOKEN is not set: the API under /api is open to anyone who can reach this server;"
                                + " calls that change something need the header " + ApiAccess.REQUESTED_BY + ": "
                                + ApiAccess.REQUESTED_BY_VALUE);
            }
        } catch (InvalidSettingsException e) {
            // logged by the configuration; every call under /api answers 503 until it is fixed
        }
    }

    /** @throws InvalidSettingsException (503) while API_TOKEN cannot be read */
    @Override
    public void filter(ContainerRequestContext request) {
        var refusal = access().refusal(
                        request.getMethod(),
                        request.getHeaderString(HttpHeaders.AUTHORIZATION),
                        request.getHeaderString(ApiAccess.REQUESTED_BY));
        if (refusal.isPresent()) {
            throw refusal.get().exception();
        }
    }

    private ApiAccess access() {
        return configuration.settings(ApiAccess.class, ApiAccess::read);
    }
}
