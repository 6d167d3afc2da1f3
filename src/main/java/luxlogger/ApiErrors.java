package luxlogger;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import luxlogger.configuration.boundary.Configuration;
import luxlogger.configuration.control.InvalidSettingsException;

/**
 * The one place where error answers of the API are made, all as {@link ApiError}: the statuses that resources
 * and filters throw as {@link WebApplicationException}s (with their headers, e.g. {@code WWW-Authenticate}),
 * 503 while the configuration is invalid, and 500 for anything unexpected, which is also logged.
 */
@Provider
public class ApiErrors implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = System.getLogger(ApiErrors.class.getName());

    @Inject
    Configuration configuration;

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof WebApplicationException e) {
            Response given = e.getResponse();
            return Response.fromResponse(given)
                    .entity(new ApiError(message(e, given)))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        if (exception instanceof InvalidSettingsException e) {
            // every problem, not only those of the part this request needed: one fix-list for the user
            var problems = configuration.problems();
            return answer(
                    Response.Status.SERVICE_UNAVAILABLE,
                    new ApiError("invalid configuration", problems.isEmpty() ? e.problems() : problems));
        }
        LOG.log(Level.ERROR, "Request failed unexpectedly: " + exception, exception);
        return answer(
                Response.Status.INTERNAL_SERVER_ERROR,
                new ApiError("internal error: "
                        + (exception.getMessage() == null
                                ? exception.getClass().getSimpleName()
                                : exception.getMessage())));
    }

    private static Response answer(Response.Status status, ApiError error) {
        return Response.status(status)
                .entity(error)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** Our own messages as given; those of the JAX-RS runtime without its message code. */
    private static String message(WebApplicationException e, Response given) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return given.getStatusInfo().getReasonPhrase();
        }
        return message.replaceFirst("^RESTEASY\\d+: ", "");
    }
}
