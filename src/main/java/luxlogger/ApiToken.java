package luxlogger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When API_TOKEN is set, every call under {@code /api} must carry it as a bearer token. Health and metrics
 * live outside {@code /api} and stay open for orchestrators.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiToken implements ContainerRequestFilter {

    private static final Logger LOG = System.getLogger(ApiToken.class.getName());
    private static final String BEARER = "Bearer ";

    /** Any text is a token, so no value can be bad: injected directly. */
    @Inject
    @ConfigProperty(name = "api.token")
    Optional<String> token;

    void start(@Observes Startup event) {
        if (expected().isEmpty()) {
            LOG.log(Level.INFO, "API_TOKEN is not set: the API under /api is open to anyone who can reach this server");
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String expected = expected();
        if (expected.isEmpty()) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String given = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).trim() : "";
        // constant time, so the token cannot be guessed from response times
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new NotAuthorizedException(header == null ? "API_TOKEN is set: send Authorization: Bearer <token>"
                    : "wrong token", "Bearer realm=\"lux-logger\"");
        }
    }

    private String expected() {
        return token.map(String::trim).orElse("");
    }
}
