package luxlogger.diagnosis.control;

import java.util.Locale;

/** Numbers as the report's sentences write them: English, with a point. */
final class Words {

    private Words() {}

    /** With {@code decimals} places, e.g. {@code 14.0}. */
    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** German, with a comma, e.g. {@code 14,0}. */
    static String zahl(double value, int decimals) {
        return String.format(Locale.GERMANY, "%." + decimals + "f", value);
    }

    /** "1 defrost", "3 defrosts", "0 defrosts". */
    static String count(long count, String thing) {
        return count + " " + thing + (count == 1 ? "" : "s");
    }

    /** "once", "3 times". */
    static String times(long count) {
        return count == 1 ? "once" : count + " times";
    }

    /** "1-mal", "3-mal". */
    static String mal(long count) {
        return count == 1 ? "einmal" : count + "-mal";
    }

    /** Rounds to {@code decimals} places, so that JSON shows what the sentence says. */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
