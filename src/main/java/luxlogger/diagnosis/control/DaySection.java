package luxlogger.diagnosis.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import luxlogger.diagnosis.entity.DayFigures;
import luxlogger.diagnosis.entity.Finding;
import luxlogger.diagnosis.entity.HealthReport;
import luxlogger.diagnosis.entity.Reference;

/**
 * The health page's days: four charts (starts with the fleet's median and p90, COP, flow against outdoor
 * temperature, the hot-water share) and the table of every day's figures, which also carries what the charts show
 * for a reader without them (a screen reader, a mail client that drops SVG).
 */
final class DaySection {

    private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("EEE MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    private final Html html;
    private final List<DayFigures> days;
    /** "Mon 11-30" in the table, "Mon 30" under a chart's axis, where room is short. */
    private final List<String> labels;

    private final List<String> axis;

    DaySection(Html html, List<DayFigures> days) {
        this.html = html;
        this.days = days;
        this.labels = days.stream().map(day -> label(day.day(), TABLE)).toList();
        this.axis = days.stream().map(day -> label(day.day(), AXIS)).toList();
    }

    void write(HealthReport report) {
        html.open("section", "id", "days").element("h2", "Day by day");
        if (days.isEmpty()) {
            html.element("p", "No days in this period.", "class", "muted").close("section");
            return;
        }
        html.open("div", "class", "charts");
        bars("chart-starts", "Compressor starts per day", "1/d", day -> toDouble(day.starts()), startLines(report));
        bars("chart-cop", "COP per day (controller-reported)", "", DayFigures::cop, List.of());
        scatter();
        bars("chart-hot-water", "Hot water's share of the electricity", "%", DayFigures::hotWaterShare, List.of());
        html.close("div");
        table();
        html.close("section");
    }

    private void bars(
            String id, String title, String unit, Function<DayFigures, Double> figure, List<SvgChart.Line> lines) {
        List<Double> values = days.stream().map(figure).toList();
        html.open("figure", "class", "chart-box");
        html.element("figcaption", title);
        if (values.stream().allMatch(value -> value == null)) {
            html.element("p", "No figures for this chart in the period.", "class", "muted", "id", id);
        } else {
            new SvgChart(html).bars(id, title, unit, axis, values, lines);
        }
        html.close("figure");
    }

    private void scatter() {
        List<SvgChart.Point> points = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DayFigures day = days.get(i);
            if (day.outdoorMean() != null && day.flowMean() != null) {
                points.add(new SvgChart.Point(axis.get(i), day.outdoorMean(), day.flowMean()));
            }
        }
        String title = "Flow temperature against outdoor temperature (one point a day)";
        html.open("figure", "class", "chart-box");
        html.element("figcaption", title);
        if (points.isEmpty()) {
            html.element("p", "No heating runs in the period.", "class", "muted", "id", "chart-flow");
        } else {
            new SvgChart(html).scatter("chart-flow", title, "outdoor", "flow", "°C", points);
        }
        html.close("figure");
    }

    /** The short-cycling rule's fleet figures, where the report has them. */
    private static List<SvgChart.Line> startLines(HealthReport report) {
        List<SvgChart.Line> lines = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Reference reference = finding.reference();
            if ("short-cycling".equals(finding.id()) && reference != null) {
                if (reference.median() != null) {
                    lines.add(new SvgChart.Line("fleet median", reference.median(), "median"));
                }
                if (reference.p90() != null) {
                    lines.add(new SvgChart.Line("fleet p90", reference.p90(), "p90"));
                }
                if (reference.threshold() != null) {
                    lines.add(new SvgChart.Line("threshold", reference.threshold(), "threshold"));
                }
            }
        }
        return lines;
    }

    private void table() {
        html.open("div", "class", "scroll")
                .open("table", "id", "day-table")
                .open("thead")
                .open("tr");
        for (String head : List.of(
                "Day",
                "Polls %",
                "Starts",
                "Run min",
                "Heat kWh",
                "Elec. kWh",
                "COP",
                "Outdoor °C",
                "Flow °C",
                "Spread K",
                "Hot water %",
                "Backup h",
                "Defrosts")) {
            html.element("th", head, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (int i = 0; i < days.size(); i++) {
            DayFigures day = days.get(i);
            html.open("tr", "data-day", day.day()).element("th", labels.get(i), "scope", "row");
            for (Double value : new Double[] {
                day.coverage(),
                toDouble(day.starts()),
                day.meanRunMinutes(),
                day.heat(),
                day.electricity(),
                day.cop(),
                day.outdoorMean(),
                day.flowMean(),
                day.spread(),
                day.hotWaterShare(),
                day.auxHours(),
                toDouble(day.defrosts())
            }) {
                html.element("td", PageFormat.number(value));
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
    }

    /** The weekday says more in a week than the year does; a day that is no date stays as it is. */
    static String label(String day, DateTimeFormatter format) {
        if (day == null) {
            return "–";
        }
        try {
            return format.format(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return day;
        }
    }

    private static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
