package luxlogger.diagnosis.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the evidence of a health page links to. The page is a file that gets mailed and opened offline, where a
 * relative {@code #/charts?...} would point into the file itself; so a span links only when the logger's own address
 * is known (then absolute, to that logger's dashboard), and is plain text with its time span otherwise.
 *
 * @param base the dashboard's address ending in {@code /}, e.g. {@code https://heatpump.home/}, or null for no links
 */
record DashboardLinks(String base) {

    static final DashboardLinks NONE = new DashboardLinks(null);

    /**
     * The links into the dashboard at {@code base} (http or https, with a host; a path such as {@code /lux} for a
     * logger behind a proxy), or none for a null or blank base.
     *
     * @throws IllegalArgumentException for any other address
     */
    static DashboardLinks of(String base) {
        if (base == null || base.isBlank()) {
            return NONE;
        }
        try {
            URI uri = new URI(base.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "the dashboard's address must be an http(s) address without query or fragment: " + base);
            }
            String text = uri.toString();
            return new DashboardLinks(text.endsWith("/") ? text : text + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the dashboard's address is no URI: " + base, e);
        }
    }

    /** The absolute address of a dashboard hash ({@code #/charts?...}), null when there is no base or no hash. */
    String to(String hash) {
        if (base == null || hash == null || !hash.startsWith("#/")) {
            return null;
        }
        return base + hash;
    }
}
