package luxlogger.diagnosis.control;

import java.util.ArrayList;
import java.util.List;
import luxlogger.diagnosis.entity.Figure;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.diagnosis.entity.Severity;
import luxlogger.diagnosis.entity.Span;

/**
 * One finding of the health page: its severity as a coloured badge that also says it in words (colour alone fails
 * on a black-and-white print and for colour-blind readers), the title, the sentence, the figures with units, what
 * they are judged against and where that comes from, the spans that show it, and the advice in English and German.
 */
final class FindingSection {

    private final Html html;
    private final PageFormat format;
    private final DashboardLinks links;

    FindingSection(Html html, PageFormat format, DashboardLinks links) {
        this.html = html;
        this.format = format;
        this.links = links;
    }

    /** The badge of a severity: its key as the class (the colour), its word as the text. */
    static void badge(Html html, Severity severity) {
        Severity shown = severity == null ? Severity.UNSUPPORTED : severity;
        html.element("span", word(shown), "class", "badge " + shown.key(), "data-severity", shown.key());
    }

    static String word(Severity severity) {
        return switch (severity) {
            case OK -> "OK";
            case NOTICE -> "Notice";
            case WARNING -> "Warning";
            case UNSUPPORTED -> "Not assessed";
        };
    }

    void write(Finding finding) {
        Severity severity = finding.severity() == null ? Severity.UNSUPPORTED : finding.severity();
        html.open(
                "article",
                "class",
                "finding " + severity.key(),
                "id",
                "finding-" + finding.id(),
                "data-id",
                finding.id(),
                "data-severity",
                severity.key());
        html.open("div", "class", "finding-head");
        badge(html, severity);
        html.element("h3", finding.title()).element("span", "rule " + finding.rule(), "class", "rule");
        html.close("div");
        html.element("p", finding.summary(), "class", "summary");
        if (finding.unsupported() != null && !finding.unsupported().equals(finding.summary())) {
            html.element("p", "Why it is not assessed: " + finding.unsupported(), "class", "why");
        }
        figures(finding.figures());
        reference(finding.reference());
        evidence(finding.evidence());
        if (finding.advice() != null) {
            html.open("div", "class", "advice");
            html.open("p", "lang", "en")
                    .element("strong", "Advice: ")
                    .text(finding.advice().en())
                    .close("p");
            html.open("p", "lang", "de")
                    .element("strong", "Empfehlung: ")
                    .text(finding.advice().de())
                    .close("p");
            html.close("div");
        }
        html.close("article");
    }

    private void figures(List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        html.open("table", "class", "figures").open("tbody");
        for (Figure figure : figures) {
            html.open("tr", "data-key", figure.key())
                    .element("th", figure.label(), "scope", "row")
                    .element("td", PageFormat.withUnit(figure.value(), figure.unit()))
                    .close("tr");
        }
        html.close("tbody").close("table");
    }

    private void reference(Reference reference) {
        if (reference == null) {
            return;
        }
        html.open("p", "class", "reference").element("strong", "Judged against: ");
        html.text(reference.text() == null ? numbers(reference) : reference.text());
        if (reference.source() != null) {
            html.text(" ").element("span", "Source: " + reference.source(), "class", "source");
        }
        html.close("p");
    }

    /** The reference's figures in words, for a reference that came without its sentence. */
    private static String numbers(Reference reference) {
        List<String> parts = new ArrayList<>();
        if (reference.p10() != null) {
            parts.add("p10 " + PageFormat.number(reference.p10()));
        }
        if (reference.median() != null) {
            parts.add("fleet median " + PageFormat.number(reference.median()));
        }
        if (reference.p90() != null) {
            parts.add("p90 " + PageFormat.number(reference.p90()));
        }
        if (reference.threshold() != null) {
            parts.add("threshold " + PageFormat.number(reference.threshold()));
        }
        return parts.isEmpty() ? "the rule's own condition" : String.join(", ", parts);
    }

    private void evidence(List<Span> spans) {
        if (spans.isEmpty()) {
            return;
        }
        html.open("div", "class", "evidence")
                .element("strong", "Where it shows:")
                .open("ul");
        for (Span span : spans) {
            html.open("li");
            if (span.text() != null) {
                html.text(span.text()).text(": ");
            }
            String when = format.span(span.from(), span.to());
            String href = links.to(span.link());
            if (href == null) {
                html.element("span", when, "class", "when");
            } else {
                html.element("a", when, "class", "when", "href", href);
            }
            html.close("li");
        }
        html.close("ul").close("div");
    }
}
