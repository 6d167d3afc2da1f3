package luxlogger.diagnosis.control;

import static luxlogger.diagnosis.control.PageFormat.coordinate;

import java.util.List;
import java.util.Objects;

/**
 * Small inline SVG charts for the health page: bars per day with reference lines, and a scatter of two figures. Each
 * bar and point carries a {@code <title>} with its exact figure (a tooltip in a browser, text for a screen reader).
 * The charts scale to the page's width through their {@code viewBox}; a missing figure leaves a gap marked "–", one
 * day or one point is drawn like many.
 */
final class SvgChart {

    /** A horizontal line across a bar chart, e.g. the fleet median. */
    record Line(String label, double value, String kind) {}

    /** One point of a scatter, {@code label} naming it (the day). */
    record Point(String label, double x, double y) {}

    // a small drawing, so that its 14-unit text stays readable when a phone shrinks it to half its size
    private static final int WIDTH = 480;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int RIGHT = 472;
    private static final int TOP = 24;
    private static final int BOTTOM = 184;
    /** At most this many labels under the axis: a month of days would otherwise overlap. */
    private static final int LABELS = 8;

    private final Html html;

    SvgChart(Html html) {
        this.html = html;
    }

    /** Bars of {@code values} (nulls: no bar), from zero, with {@code lines} across. */
    void bars(String id, String title, String unit, List<String> labels, List<Double> values, List<Line> lines) {
        double top = Scale.niceCeiling(Math.max(
                values.stream()
                        .filter(Objects::nonNull)
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(0),
                lines.stream().mapToDouble(Line::value).max().orElse(0)));
        Scale y = new Scale(0, top, BOTTOM, TOP);
        open(id, title);
        yAxis(y, unit);
        double slot = (RIGHT - LEFT) / (double) Math.max(1, values.size());
        for (int i = 0; i < values.size(); i++) {
            double middle = LEFT + slot * (i + 0.5);
            Double value = values.get(i);
            if (value == null) {
                html.element("text", "–", "class", "missing", "x", coordinate(middle), "y", coordinate(BOTTOM - 4));
            } else {
                double height = Math.max(0.5, BOTTOM - y.at(Math.max(0, value)));
                html.open(
                                "rect",
                                "class",
                                "bar",
                                "x",
                                coordinate(middle - slot * 0.35),
                                "y",
                                coordinate(BOTTOM - height),
                                "width",
                                coordinate(slot * 0.7),
                                "height",
                                coordinate(height))
                        .element("title", labels.get(i) + ": " + PageFormat.withUnit(value, unit))
                        .close("rect");
            }
            xLabel(i, values.size(), middle, labels.get(i));
        }
        for (Line line : lines) {
            String at = coordinate(y.at(line.value()));
            html.empty(
                    "line",
                    "class",
                    "reference " + line.kind(),
                    "x1",
                    coordinate(LEFT),
                    "x2",
                    coordinate(RIGHT),
                    "y1",
                    at,
                    "y2",
                    at);
            html.element(
                    "text",
                    line.label() + " " + PageFormat.number(line.value()),
                    "class",
                    "line-label",
                    "x",
                    coordinate(RIGHT - 2),
                    "y",
                    coordinate(y.at(line.value()) - 3));
        }
        html.close("svg");
    }

    /** One point per pair of figures in the same unit, both axes fitted to the points (not from zero). */
    void scatter(String id, String title, String xName, String yName, String unit, List<Point> points) {
        Scale x = Scale.fitted(points.stream().mapToDouble(Point::x).toArray(), LEFT, RIGHT);
        Scale y = Scale.fitted(points.stream().mapToDouble(Point::y).toArray(), BOTTOM, TOP);
        open(id, title);
        yAxis(y, yName + " " + unit);
        for (int i = 0; i <= 4; i++) {
            double value = x.low() + (x.high() - x.low()) * i / 4;
            html.element(
                    "text",
                    PageFormat.number(value),
                    "class",
                    "label",
                    "x",
                    coordinate(x.at(value)),
                    "y",
                    coordinate(BOTTOM + 16));
        }
        html.element(
                "text", xName + " " + unit, "class", "unit x", "x", coordinate(RIGHT), "y", coordinate(BOTTOM + 34));
        for (Point point : points) {
            html.open(
                            "circle",
                            "class",
                            "point",
                            "cx",
                            coordinate(x.at(point.x())),
                            "cy",
                            coordinate(y.at(point.y())),
                            "r",
                            "5")
                    .element(
                            "title",
                            point.label() + ": " + xName + " " + PageFormat.withUnit(point.x(), unit) + ", " + yName
                                    + " " + PageFormat.withUnit(point.y(), unit))
                    .close("circle");
        }
        html.close("svg");
    }

    private void open(String id, String title) {
        html.open(
                "svg",
                "id",
                id,
                "class",
                "chart",
                "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT,
                "role",
                "img",
                "aria-label",
                title,
                "preserveAspectRatio",
                "xMidYMid meet");
        html.element("title", title);
    }

    private void yAxis(Scale y, String unit) {
        for (int i = 0; i <= 4; i++) {
            double value = y.low() + (y.high() - y.low()) * i / 4;
            String at = coordinate(y.at(value));
            html.empty("line", "class", "grid", "x1", coordinate(LEFT), "x2", coordinate(RIGHT), "y1", at, "y2", at);
            html.element("text", PageFormat.number(value), "class", "tick", "x", coordinate(LEFT - 4), "y", at);
        }
        if (!unit.isBlank()) {
            html.element("text", unit, "class", "unit", "x", "2", "y", "12");
        }
    }

    private void xLabel(int index, int count, double x, String label) {
        int every = (count + LABELS - 1) / LABELS;
        if (index % every == 0) {
            html.element("text", label, "class", "label", "x", coordinate(x), "y", coordinate(BOTTOM + 18));
        }
    }
}
