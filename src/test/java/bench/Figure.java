package bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * One row of the benchmark table. Benchmarks print rows and notes to standard output as tab-separated
 * lines ({@code figure}, then the five columns; {@code note}, then the text); {@code bench/run} collects the
 * lines of all benchmarks into one table. Everything else a benchmark says goes to standard error.
 *
 * @param target e.g. {@code <= 200}, or {@code -} for a figure that is shown, not judged
 * @param verdict {@code ok}, {@code MISSED}, or {@code info}
 */
record Figure(String name, String value, String unit, String target, String verdict) {

    /** A figure that must not exceed its limit. */
    static Figure atMost(String name, double value, String unit, double limit) {
        return new Figure(name, format(value), unit, "<= " + format(limit), value <= limit ? "ok" : "MISSED");
    }

    /** A figure that must reach at least its limit. */
    static Figure atLeast(String name, double value, String unit, double limit) {
        return new Figure(name, format(value), unit, ">= " + format(limit), value >= limit ? "ok" : "MISSED");
    }

    /** A figure without a target: context for the others. */
    static Figure info(String name, double value, String unit) {
        return new Figure(name, format(value), unit, "-", "info");
    }

    boolean missed() {
        return verdict.equals("MISSED");
    }

    /** Prints the row for {@code bench/run}; returns it, so a caller can add a note when it missed. */
    Figure print() {
        System.out.println(String.join("\t", "figure", name, value, unit, target, verdict));
        System.out.flush();
        return this;
    }

    /** Prints an explanation line under the table. */
    static void note(String text) {
        System.out.println("note\t" + text);
        System.out.flush();
    }

    /** Three significant digits at most, thousands grouped: 93.4, 1,234, 0.81, 48,210. */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return new BigDecimal(value)
                .round(new MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }
}
