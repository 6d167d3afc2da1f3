package luxlogger;

import jakarta.ws.rs.BadRequestException;

/** A 400 saying what is wrong with the request, e.g. {@code unknown field 'x'}; {@link ApiErrors} writes its body. */
public class BadRequest extends BadRequestException {

    public BadRequest(String message) {
        super(message);
    }
}
