package luxlogger.luxtronik.control;

/**
 * Shell-style wildcard matching: {@code *} matches any text (also none), {@code ?} one character. Used
 * to select fields by name; without regular expressions, so names need no escaping.
 */
final class Glob {

    private Glob() {}

    /** True when the whole text matches the pattern; both are compared as given (lower-case them first). */
    static boolean matches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                // remember the star and first try to let it match nothing
                star = p++;
                resume = t;
            } else if (star >= 0) {
                // let the last star swallow one more character and retry from there
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
