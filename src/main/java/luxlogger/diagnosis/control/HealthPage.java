package luxlogger.diagnosis.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.diagnosis.entity.Seasonal;
import luxlogger.diagnosis.entity.Severity;

/**
 * A health report as one self-contained HTML5 page: the style inline, the charts as inline SVG, no script and no
 * address outside itself (no fonts, images or style sheets to fetch), so that it opens offline and can be mailed.
 * Every text is escaped, the controller's own texts included; numbers use one fixed locale. The markup is also
 * well-formed XML. Printable on A4 and readable on a phone.
 */
public final class HealthPage {

    private static final String STYLE = style();
    private static final String CAVEAT = "The Luxtronik calculates its heat quantity from temperatures and an assumed"
            + " flow; no calibrated meter measures it, and its accuracy is unknown. Every COP and factor here is"
            + " controller-reported.";

    private final HealthReport report;
    private final PageFormat format;
    private final DashboardLinks links;
    private final Html html = new Html();

    private HealthPage(HealthReport report, DashboardLinks links) {
        this.report = report;
        this.format = new PageFormat(report.zone());
        this.links = links;
    }

    /** The page without links: each evidence span is its text and time span. */
    public static String render(HealthReport report) {
        return render(report, null);
    }

    /**
     * The page; with {@code dashboard}, the logger's own address (e.g. {@code https://heatpump.home/}), each evidence
     * span also links to that dashboard's chart of it. Null or blank: no links at all.
     *
     * @throws IllegalArgumentException when {@code dashboard} is no http(s) address
     */
    public static String render(HealthReport report, String dashboard) {
        return new HealthPage(report, DashboardLinks.of(dashboard)).write();
    }

    /** The file's name: {@code 2026-W49_health.html} for a week, {@code 2026-12-01_2026-12-08_health.html} else. */
    public static String fileName(HealthReport report) {
        if (report.week() != null && report.week().matches("\\d{4}-W\\d{2}")) {
            return report.week() + "_health.html";
        }
        PageFormat format = new PageFormat(report.zone());
        return format.date(report.from()) + "_" + format.date(report.to()) + "_health.html";
    }

    private String write() {
        String period = report.week() != null ? report.week() : format.span(report.from(), report.to());
        html.raw("<!DOCTYPE html>\n").open("html", "lang", "en").open("head");
        html.empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.element("title", "Heat pump health " + period + " · " + report.controller());
        html.open("style").raw(STYLE).close("style").close("head");
        html.open("body").open("main");
        header(period);
        overall();
        seasonal(report.seasonal());
        html.open("section", "id", "findings").element("h2", "Findings");
        FindingSection findings = new FindingSection(html, format, links);
        report.findings().forEach(findings::write);
        html.close("section");
        new DaySection(html, report.days()).write(report);
        html.open("footer")
                .element(
                        "p",
                        "Computed by lux-logger from the stored polls, the day summaries and the event journal."
                                + " Thresholds and benchmarks are those of DIAGNOSTICS.md, each with its source."
                                + " Fleet figures show what goes with good and poor performance, not what causes it.")
                .element("p", CAVEAT)
                .close("footer");
        return html.close("main").close("body").close("html").raw("\n").toString();
    }

    private void header(String period) {
        html.open("header", "id", "report", "data-controller", report.controller(), "data-week", report.week());
        html.element("h1", "Heat pump health report").element("p", report.controller(), "class", "controller");
        html.open("dl", "class", "facts");
        fact(
                "period",
                "Period",
                period + (report.week() == null ? "" : ": " + format.span(report.from(), report.to())));
        fact("zone", "Time zone", report.zone());
        fact("computed", "Computed", format.time(report.computed()));
        fact("coverage", "Coverage", PageFormat.fixed(report.coverage(), 1) + " % of the period has polls");
        String from = "setting".equals(report.sourceFrom())
                ? "from the setting HEATPUMP_SOURCE"
                : "controller".equals(report.sourceFrom())
                        ? "from the controller's heat-pump type"
                        : report.sourceFrom();
        fact("source", "Heat source", report.source() + (from == null ? "" : " (" + from + ")"));
        fact(
                "rated",
                "Rated output",
                report.ratedOutputKw() == null
                        ? "not given (RATED_OUTPUT_KW)"
                        : PageFormat.withUnit(report.ratedOutputKw(), "kW") + " (RATED_OUTPUT_KW)");
        html.close("dl").close("header");
    }

    private void fact(String id, String term, String value) {
        html.element("dt", term).element("dd", value, "id", "fact-" + id);
    }

    private void overall() {
        Severity severity = report.severity() == null ? Severity.UNSUPPORTED : report.severity();
        html.open("section", "id", "overall", "class", "overall " + severity.key(), "data-severity", severity.key());
        html.element("h2", "Overall");
        FindingSection.badge(html, severity);
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding finding : report.findings()) {
            counts.merge(finding.severity() == null ? Severity.UNSUPPORTED : finding.severity(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        for (Severity each : new Severity[] {Severity.WARNING, Severity.NOTICE, Severity.OK, Severity.UNSUPPORTED}) {
            int count = counts.getOrDefault(each, 0);
            text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(FindingSection.word(each));
        }
        html.element("span", " " + text + " (findings).", "class", "counts").close("section");
    }

    private void seasonal(Seasonal seasonal) {
        html.open("section", "id", "seasonal").element("h2", "Seasonal performance factor");
        if (seasonal == null) {
            html.element("p", "No seasonal factor for this period.", "class", "muted");
        } else {
            if (seasonal.factor() != null) {
                html.element(
                        "p",
                        "Season " + seasonal.season() + ": " + PageFormat.fixed(seasonal.factor(), 2)
                                + " (controller-reported, " + seasonal.source() + " source)",
                        "class",
                        "factor");
            }
            html.element("p", seasonal.text(), "class", "sentence");
            if (seasonal.sources() != null) {
                html.element("p", "Benchmarks: " + seasonal.sources(), "class", "source");
            }
        }
        html.element("p", CAVEAT, "class", "caveat").close("section");
    }

    private static String style() {
        try (InputStream in = HealthPage.class.getResourceAsStream("/diagnosis/health-page.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
