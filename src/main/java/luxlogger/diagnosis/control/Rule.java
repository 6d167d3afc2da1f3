package luxlogger.diagnosis.control;

import java.util.List;
import luxlogger.diagnosis.entity.Advice;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;

/** A rule of DIAGNOSTICS.md by its number, stable id and English title; makes its findings. */
record Rule(int number, String id, String title) {

    Finding unsupported(String why) {
        return Finding.unsupported(number, id, title, why);
    }

    Finding finding(
            Severity severity,
            String summary,
            List<Figure> figures,
            Reference reference,
            Advice advice,
            List<Span> evidence) {
        // a figure that could not be computed is left out rather than written as NaN, which JSON cannot hold
        List<Figure> finite = figures.stream()
                .filter(figure -> Double.isFinite(figure.value()))
                .toList();
        return new Finding(number, id, title, severity, null, summary, finite, reference, advice, evidence);
    }
}
