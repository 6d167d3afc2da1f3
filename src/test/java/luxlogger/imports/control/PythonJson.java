package luxlogger.imports.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How python's {@code json.dumps} (defaults: {@code ensure_ascii}, separators {@code ", "} and {@code ": "}) spells
 * the values the earlier logger stored. Java's own spellings differ: {@code Double.toString} writes {@code 1.0E10}
 * where python writes {@code 10000000000.0}, and before JDK 19 it does not always give the shortest digits that read
 * back as the same double (JDK-4511638), which python's {@code repr} always does.
 */
final class PythonJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonJson() {}

    /**
     * python's {@code repr} of a float: the shortest decimal that reads back as the same double (the nearest of
     * them when there are two), positional between 1e-4 and 1e16 with at least one digit after the point
     * ({@code 45.0}, {@code 48.300000000000004}), otherwise {@code 1e+16}, {@code 1.5e-05}.
     */
    static String repr(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == value) {
                return spell(nearest);
            }
            // just beside a power of two the doubles below are closer together than those above, so the nearest
            // decimal of this length may read back as another double while the one on the other side does not
            RoundingMode away = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal other = exact.round(new MathContext(digits, away));
            if (other.doubleValue() == value) {
                return spell(other);
            }
        }
        throw new AssertionError("no 17 digits read back as " + value);
    }

    /** A JSON string as python writes it: printable ASCII as is, the rest escaped, {@code \\u} in lower case. */
    static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        // a character beyond the BMP is already two UTF-16 units, as python escapes it
                        out.append("\\u")
                                .append(HEX[c >> 12 & 0xF])
                                .append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF])
                                .append(HEX[c & 0xF]);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String spell(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int point = digits.length() - stripped.scale(); // the value is 0.<digits> × 10^point
        StringBuilder out = new StringBuilder(24);
        if (stripped.signum() < 0) {
            out.append('-');
        }
        if (point > -4 && point <= 16) {
            if (point <= 0) {
                out.append("0.").append("0".repeat(-point)).append(digits);
            } else if (point >= digits.length()) {
                out.append(digits).append("0".repeat(point - digits.length())).append(".0");
            } else {
                out.append(digits, 0, point).append('.').append(digits, point, digits.length());
            }
            return out.toString();
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        int exponent = point - 1;
        out.append(exponent < 0 ? "e-" : "e+");
        if (Math.abs(exponent) < 10) {
            out.append('0');
        }
        return out.append(Math.abs(exponent)).toString();
    }
}
