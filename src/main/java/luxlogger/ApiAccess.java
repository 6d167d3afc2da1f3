package luxlogger;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import luxlogger.configuration.control.InvalidSettingsException;
import luxlogger.configuration.control.SettingsReader;

/**
 * Who may call the API, from {@code API_TOKEN}. With a token, every call must carry it as a bearer token. Without
 * one, the API is open, but a call that changes something must carry {@code X-Requested-By: lux-logger}: a web
 * page on another site can make the user's browser send a plain POST without asking, but no custom header, so
 * it cannot write reports behind the user's back. (With a token, the {@code Authorization} header already makes
 * the browser ask the server first, which it refuses.)
 *
 * @param token the token every call must carry; empty when none is set
 */
public record ApiAccess(String token) {

    public static final String REQUESTED_BY = "X-Requested-By";
    public static final String REQUESTED_BY_VALUE = "lux-logger";
    private static final String PROPERTY = "api.token";
    private static final String SCHEME = "bearer";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * @throws InvalidSettingsException when API_TOKEN cannot be read or cannot travel in an HTTP header; the
     *     problem never shows the value
     */
    public static ApiAccess read(SettingsReader reader) {
        String token = reader.valid(reader.text(PROPERTY));
        if (!token.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new InvalidSettingsException(
                    List.of(
                            SettingsReader.variable(PROPERTY)
                                    + " is invalid: expected printable ASCII characters, which an HTTP header can carry (value not shown)"));
        }
        return new ApiAccess(token);
    }

    public boolean open() {
        return token.isEmpty();
    }

    /** Never the token itself, should this ever be logged. */
    @Override
    public String toString() {
        return open() ? "ApiAccess[open]" : "ApiAccess[token set]";
    }

    /** Why a call is refused, as the API answers it. */
    public enum Refusal {
        NO_TOKEN("API_TOKEN is set: send Authorization: Bearer <token>"),
        WRONG_TOKEN("wrong token"),
        NOT_REQUESTED_BY("a call that changes something needs the header " + REQUESTED_BY + ": " + REQUESTED_BY_VALUE
                + " (so that no web page on another site can make it)");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        /** The answer: 401 with the challenge for a missing or wrong token, else 403. */
        public WebApplicationException exception() {
            return this == NOT_REQUESTED_BY
                    ? new ForbiddenException(message)
                    : new NotAuthorizedException(message, "Bearer realm=\"lux-logger\"");
        }
    }

    /**
     * Why a call may not pass; empty when it may.
     *
     * @param authorization the {@code Authorization} header, null when absent
     * @param requestedBy the {@value #REQUESTED_BY} header, null when absent
     */
    public Optional<Refusal> refusal(String method, String authorization, String requestedBy) {
        if (open()) {
            boolean change = !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
            return change && (requestedBy == null || !requestedBy.trim().equalsIgnoreCase(REQUESTED_BY_VALUE))
                    ? Optional.of(Refusal.NOT_REQUESTED_BY)
                    : Optional.empty();
        }
        if (authorization == null) {
            return Optional.of(Refusal.NO_TOKEN);
        }
        return same(bearer(authorization), token) ? Optional.empty() : Optional.of(Refusal.WRONG_TOKEN);
    }

    /** The token of {@code Bearer <token>}, the scheme in any letter case (RFC 9110); empty for anything else. */
    private static String bearer(String authorization) {
        if (authorization == null) {
            return "";
        }
        String value = authorization.trim();
        int space = value.indexOf(' ');
        return space > 0 && value.substring(0, space).equalsIgnoreCase(SCHEME)
                ? value.substring(space + 1).trim()
                : "";
    }

    /** Compares digests in constant time, so that neither the token nor its length shows in response times. */
    private static boolean same(String given, String expected) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] a = sha.digest(given.getBytes(StandardCharsets.UTF_8));
            byte[] b = sha.digest(expected.getBytes(StandardCharsets.UTF_8));
            return !given.isEmpty() && MessageDigest.isEqual(a, b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
