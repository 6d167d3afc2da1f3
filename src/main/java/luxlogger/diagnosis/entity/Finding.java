package luxlogger.diagnosis.entity;

import java.util.List;

/**
 * What one rule of DIAGNOSTICS.md found in a period.
 *
 * @param rule the rule's number in DIAGNOSTICS.md (1-12)
 * @param id stable id, e.g. {@code short-cycling}
 * @param title English title, e.g. "Short cycling"
 * @param severity ok, notice, warning, or unsupported
 * @param unsupported why the data cannot support the rule (null when it can), e.g. "not enough data: 62 % of the
 *     period has polls (90 % needed)", "no electricity counters", "no rated output given (RATED_OUTPUT_KW)"
 * @param summary one English sentence with the figures, e.g. "The compressor started 14.0 times a day, runs
 *     averaged 9 minutes."
 * @param figures the measured figures, the judged one first
 * @param reference what the first figure is judged against, with its source (null when unsupported)
 * @param advice one sentence of advice, English and German (null when unsupported)
 * @param evidence the time spans that show it, each with a link into the dashboard
 */
public record Finding(
        int rule,
        String id,
        String title,
        Severity severity,
        String unsupported,
        String summary,
        List<Figure> figures,
        Reference reference,
        Advice advice,
        List<Span> evidence) {

    public Finding {
        figures = List.copyOf(figures);
        evidence = List.copyOf(evidence);
    }

    /** A rule the data cannot support, saying why. */
    public static Finding unsupported(int rule, String id, String title, String why) {
        return new Finding(rule, id, title, Severity.UNSUPPORTED, why, why, List.of(), null, null, List.of());
    }
}
