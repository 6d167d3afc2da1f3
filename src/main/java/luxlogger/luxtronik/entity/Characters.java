package luxlogger.luxtronik.entity;

/**
 * The text of character fields: one character code per index. The ASCII range comes from a table built once,
 * since the firmware and the character fields are decoded on every poll.
 */
final class Characters {

    private static final String[] ASCII = ascii();

    private Characters() {}

    /** One character code as text: empty for 0, {@code null} for no valid code point. */
    static String of(int raw) {
        if (raw == 0) {
            return "";
        }
        if (raw > 0 && raw < ASCII.length) {
            return ASCII[raw];
        }
        return Character.isValidCodePoint(raw) ? Character.toString(raw) : null;
    }

    /** Character codes joined into one text, zeros and invalid codes skipped; {@code null} when none is left. */
    static String joined(int[] raws) {
        var text = new StringBuilder(raws.length);
        for (int raw : raws) {
            if (raw > 0 && Character.isValidCodePoint(raw)) {
                text.appendCodePoint(raw);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static String[] ascii() {
        var ascii = new String[128];
        for (int code = 0; code < ascii.length; code++) {
            ascii[code] = String.valueOf((char) code);
        }
        return ascii;
    }
}
