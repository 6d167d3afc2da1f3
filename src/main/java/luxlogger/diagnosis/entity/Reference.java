package luxlogger.diagnosis.entity;

/**
 * What a figure is judged against, with its source, always from DIAGNOSTICS.md (nothing invented). Either a fleet
 * distribution ({@code median}, {@code p90}, optionally {@code p10}) or a {@code threshold}; {@code higherIsWorse}
 * says in which direction a figure gets worse (true for starts per day, false for a COP). {@code text} says it in
 * words ("fleet median 6.1, p90 12.8 starts/day"), {@code source} names where it comes from.
 */
public record Reference(
        Double p10, Double median, Double p90, Double threshold, boolean higherIsWorse, String text, String source) {

    /**
     * A fleet distribution: ok up to the median, notice up to p90, warning beyond; where lower is worse (a COP, a
     * share of Carnot) ok down to the median, notice down to p10, warning below. Without the outer percentile
     * (only a median is published) a figure beyond the median is a notice.
     */
    public static Reference fleet(
            Double p10, double median, double p90, boolean higherIsWorse, String text, String source) {
        return new Reference(p10, median, p90, null, higherIsWorse, text, source);
    }

    /** A threshold: warning beyond it. */
    public static Reference threshold(double threshold, boolean higherIsWorse, String text, String source) {
        return new Reference(null, null, null, threshold, higherIsWorse, text, source);
    }

    /** A reference without a number (rules 5, 11 and 12): the rule's own condition decides. */
    public static Reference rule(String text, String source) {
        return new Reference(null, null, null, null, true, text, source);
    }

    /** The severity of a figure against this reference. */
    public Severity judge(double figure) {
        if (threshold != null) {
            return beyond(figure, threshold) ? Severity.WARNING : Severity.OK;
        }
        if (median == null || !beyond(figure, median)) {
            return Severity.OK;
        }
        // the outer percentile on the worse side: p90 where higher is worse, p10 where lower is
        Double outer = higherIsWorse ? p90 : p10;
        return outer != null && beyond(figure, outer) ? Severity.WARNING : Severity.NOTICE;
    }

    private boolean beyond(double figure, double limit) {
        return higherIsWorse ? figure > limit : figure < limit;
    }
}
