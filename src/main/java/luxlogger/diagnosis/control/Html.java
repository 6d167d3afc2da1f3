package luxlogger.diagnosis.control;

/**
 * Markup written into one buffer, every text and attribute value escaped on the way in, so that no text (a
 * controller's name, an error text the controller sent) can end an element or an attribute. The output is also
 * well-formed XML (polyglot HTML5: lower-case names, quoted attributes, every element closed), so that a plain XML
 * parser can check it.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(16_384);

    /** Opens an element; {@code attributes} are name-value pairs, a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1]);
                out.append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with only text in it. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element without content, closed at once (a {@code <meta>}, an SVG {@code <rect>}). */
    Html empty(String tag, String... attributes) {
        open(tag, attributes);
        out.setLength(out.length() - 1);
        out.append("/>");
        return this;
    }

    Html text(String text) {
        if (text != null) {
            escape(text);
        }
        return this;
    }

    /** Markup of our own (the style sheet, the doctype): never text that came from elsewhere. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes the five characters that carry meaning in markup, and replaces characters that neither HTML nor XML
     * allows (control characters, lone surrogates) with U+FFFD, so that a broken controller text cannot break the
     * document.
     */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !(c >= 0x7F && c <= 0x9F) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
