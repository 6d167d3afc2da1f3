package luxlogger.diagnosis.control;

import java.util.Arrays;

/**
 * A chart's linear map from figures ({@code low} to {@code high}) to drawing units ({@code from} to {@code to}); a
 * range of zero width (one day, one value) is widened so that the value sits mid-way instead of dividing by zero.
 */
record Scale(double low, double high, double from, double to) {

    Scale {
        if (!(high > low)) {
            double middle = Double.isFinite(low) ? low : 0;
            low = middle - 1;
            high = middle + 1;
        }
    }

    double at(double value) {
        return from + (value - low) / (high - low) * (to - from);
    }

    /** Whole numbers a little beyond the values, widened to a multiple of four so that the four steps are whole. */
    static Scale fitted(double[] values, double from, double to) {
        double low = Math.floor(Arrays.stream(values).min().orElse(0)) - 1;
        double high = Math.ceil(Arrays.stream(values).max().orElse(0)) + 1;
        return new Scale(low, low + Math.ceil((high - low) / 4) * 4, from, to);
    }

    /** The smallest 1, 2, 2.5 or 5 times a power of ten at or above {@code value}; 1 for nothing to show. */
    static double niceCeiling(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value * (1 - 1e-9)) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
