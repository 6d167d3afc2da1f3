package luxlogger;

import java.util.List;

/**
 * The one shape of every error the API answers with, e.g. {@code {"error": "unknown field 'x'"}}; details
 * (such as every bad configuration value) only when there are several things to say.
 */
public record ApiError(String error, List<String> details) {

    public ApiError(String error) {
        this(error, null);
    }
}
