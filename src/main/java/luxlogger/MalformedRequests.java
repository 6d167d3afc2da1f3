package luxlogger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses requests under {@code /api} that the API cannot read, with a 400 in its error shape (by way of
 * {@link ContainerErrors}), before the JAX-RS runtime stumbles over them: it logged a stack trace for an
 * unreadable header or path, and answered an {@code Accept} weight such as {@code q=garbage} with a 500. Refused
 * are paths with an encoded {@code /}, {@code .}, {@code \} or {@code #} (no path of the API has one; they are how a
 * path escapes its folder), %-escapes that are no UTF-8, and {@code Accept} or {@code Content-Type} headers that
 * are no media types. The server's own check of encoded characters is switched off in server.xml, because it
 * answered with an HTML page carrying a stack trace and logged one for every such request. This runs before the
 * API's token check: a request that cannot be read gets its 400 with or without the token.
 */
@WebFilter("/api/*")
public class MalformedRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern SUSPICIOUS = Pattern.compile("%(2f|2e|5c|23)|\\\\");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String problem = problem(request);
        if (problem == null) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, problem);
        }
    }

    private static String problem(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (SUSPICIOUS.matcher(path.toLowerCase(Locale.ROOT)).find()) {
            return "the path holds an encoded '/', '.', '\\' or '#', which no path of the API has";
        }
        if (!utf8(path)) {
            return "the path holds a %-escape that is not UTF-8 (encode paths as UTF-8, e.g. %C3%A4 for ä)";
        }
        for (String header : new String[] {"Accept", "Content-Type"}) {
            String value = request.getHeader(header);
            if (value != null && !mediaTypes(value)) {
                String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
                return "the " + header + " header '" + shown + "' cannot be read: expected media types such as"
                        + " application/json or text/csv, each with a weight q from 0 to 1 if any";
            }
        }
        return null;
    }

    /** True when every %-escape is two hex digits and together they spell valid UTF-8. */
    static boolean utf8(String path) {
        var bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= path.length()
                    || !HexFormat.isHexDigit(path.charAt(i + 1))
                    || !HexFormat.isHexDigit(path.charAt(i + 2))) {
                return false;
            }
            bytes.write(HexFormat.fromHexDigits(path, i + 1, i + 3));
            i += 2;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Media types, comma-separated, each with a weight {@code q} from 0 to 1 if any. */
    static boolean mediaTypes(String value) {
        try {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    String q = MediaType.valueOf(part.strip()).getParameters().get("q");
                    if (q != null && !(Float.parseFloat(q) >= 0 && Float.parseFloat(q) <= 1)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
