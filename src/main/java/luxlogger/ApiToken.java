package luxlogger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import luxlogger.settings.boundary.Configuration;

/**
 * When API_TOKEN is set, every call under {@code /api} must carry it as a bearer token. Health and metrics
 * live outside {@code /api} and stay open for orchestrators.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiToken implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    Configuration configuration;

    @Override
    public void filter(ContainerRequestContext request) {
        String expected = configuration.settings().map(s -> s.apiToken()).orElse("");
        if (expected.isEmpty()) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String given = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).trim() : "";
        // constant time, so the token cannot be guessed from response times
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lux-logger\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", header == null ? "API_TOKEN is set: send Authorization: Bearer <token>"
                            : "wrong token"))
                    .build());
        }
    }
}
