package luxlogger.diagnosis.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import luxlogger.diagnosis.entity.Reference;
import luxlogger.luxtronik.entity.TabFile;

/**
 * The figures the rules judge by, as data ({@code diagnosis/references.tsv}): each threshold, fleet distribution and
 * benchmark of DIAGNOSTICS.md with its words and its source, so that no number of the report lives in code.
 */
public final class References {

    static final String RESOURCE = "/diagnosis/references.tsv";

    private static final Set<String> KINDS = Set.of("fleet", "threshold", "rule", "figure");

    /** One row: a judging reference, or a number ({@code figure}) with its words and source. */
    record Row(String id, String kind, Reference reference, Double value, String text, String source) {}

    private final Map<String, Row> rows;

    private References(Map<String, Row> rows) {
        this.rows = rows;
    }

    /** The shipped table. */
    public static References standard() {
        return Standard.TABLE;
    }

    private static final class Standard {
        static final References TABLE = read(RESOURCE, TabFile.rows(RESOURCE));
    }

    /**
     * @param source where the rows come from, for messages
     * @throws IllegalArgumentException naming the first row that does not fit, and why
     */
    static References read(String source, List<String[]> cells) {
        Map<String, Row> rows = new LinkedHashMap<>();
        int number = 0;
        for (String[] row : cells) {
            number++;
            String id = row.length > 0 ? row[0] : "";
            try {
                Row parsed = parse(row);
                if (rows.put(parsed.id(), parsed) != null) {
                    throw new IllegalArgumentException("the id is given twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", row " + number + " (" + id + "): " + e.getMessage(), e);
            }
        }
        return new References(Map.copyOf(rows));
    }

    private static Row parse(String[] cells) {
        if (cells.length != 9) {
            throw new IllegalArgumentException("9 columns expected, not " + cells.length);
        }
        String id = cells[0];
        String kind = cells[1];
        if (!id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("the id is not lower case words joined by -");
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind '" + kind + "' is none of " + KINDS);
        }
        String text = required(cells[7], "text");
        String source = required(cells[8], "source");
        Double p10 = number(cells[3], "p10");
        Double median = number(cells[4], "median");
        Double p90 = number(cells[5], "p90");
        Double value = number(cells[6], "value");
        Reference reference = switch (kind) {
            case "fleet" -> new Reference(p10, required(median, "median"), p90, null, worse(cells[2]), text, source);
            case "threshold" -> Reference.threshold(required(value, "value"), worse(cells[2]), text, source);
            case "rule" -> Reference.rule(text, source);
            default -> null;
        };
        if (kind.equals("figure")) {
            required(value, "value");
        }
        return new Row(id, kind, reference, value, text, source);
    }

    private static boolean worse(String text) {
        return switch (text) {
            case "higher" -> true;
            case "lower" -> false;
            default -> throw new IllegalArgumentException("worse '" + text + "' is neither higher nor lower");
        };
    }

    private static Double number(String text, String column) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a number");
        }
    }

    private static <T> T required(T value, String column) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("no " + column);
        }
        return value;
    }

    /** The reference a rule judges by. */
    public Reference reference(String id) {
        Row row = row(id);
        if (row.reference() == null) {
            throw new IllegalArgumentException(id + " is a figure, not a reference");
        }
        return row.reference();
    }

    /** A number of the table ({@code figure}, or a threshold's value). */
    public double value(String id) {
        Row row = row(id);
        if (row.value() == null) {
            throw new IllegalArgumentException(id + " has no single value");
        }
        return row.value();
    }

    /** A row's words, e.g. for a sentence that quotes a benchmark. */
    public String text(String id) {
        return row(id).text();
    }

    /** A row's source. */
    public String source(String id) {
        return row(id).source();
    }

    private Row row(String id) {
        Row row = rows.get(id);
        if (row == null) {
            throw new IllegalArgumentException("no reference " + id + " in " + RESOURCE);
        }
        return row;
    }
}
