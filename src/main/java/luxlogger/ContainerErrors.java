package luxlogger;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The error page (WEB-INF/web.xml) of what the server answers itself, before the API sees a request: a URI or a
 * header it cannot read, a path outside {@code /api}. It answers in the API's one error shape,
 * {@code {"error": "..."}}, instead of the server's HTML page, which can carry a stack trace.
 */
@WebServlet("/errors")
public class ContainerErrors extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What to say when the server gives no reason of its own. */
    private static final Map<Integer, String> REASONS = Map.of(
            400, "the request cannot be read: its URI or a header (such as Content-Type or Accept) is malformed",
            404, "nothing here: the API is under /api (see /openapi)",
            405, "this method is not allowed here",
            413, "the request is too large",
            414, "the URI is too long",
            415, "this content type is not accepted",
            431, "the request's headers are too large",
            500, "internal error",
            503, "the server is not ready");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, this page is just a path outside the API
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        String message = message(request);
        if (message.isEmpty()) {
            message = REASONS.getOrDefault(status, "the server refused the request (HTTP " + status + ")");
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (var json = Json.createGenerator(response.getOutputStream())) {
            json.writeStartObject().write("error", message).writeEnd();
        }
    }

    /** The server's own reason without its message code, e.g. {@code The request URI has invalid ...}; empty if none. */
    private static String message(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object message = exception instanceof Throwable thrown
                ? innermost(thrown).getMessage()
                : request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String text = message == null
                ? ""
                : message.toString()
                        .replaceFirst("^[A-Z]{4,5}\\d{4}[IWE]: ", "")
                        .strip();
        // "Error reported: 400" says nothing the status does not
        return text.matches("(?i)error reported: \\d+") ? "" : text;
    }

    private static Throwable innermost(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
