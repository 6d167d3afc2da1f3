package luxlogger;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** A 400 whose JSON body says what is wrong with the request, e.g. {@code {"error": "unknown field 'x'"}}. */
public class BadRequest extends BadRequestException {

    public BadRequest(String message) {
        super(message, Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", message))
                .build());
    }
}
