package luxlogger.diagnosis.control;

import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;

/** A finding's figure by its key, for the tests. */
final class Figures {

    private Figures() {}

    static double of(Finding finding, String key) {
        return finding.figures().stream()
                .filter(f -> f.key().equals(key))
                .mapToDouble(Figure::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key + " in " + finding.figures()));
    }
}
