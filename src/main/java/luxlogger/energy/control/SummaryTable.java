package luxlogger.energy.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import luxlogger.energy.entity.PeriodSummary;

/**
 * The columns of the energy summary as files and answers show them: {@link PeriodSummary}'s figures in its
 * order, each with the unit and meaning of {@code energy/summary-columns.tsv} (its data dictionary).
 */
public final class SummaryTable {

    /** One column: the figure's name (as in JSON), its CSV header, unit and meaning. */
    public record Column(String name, String header, String unit, String meaning) {}

    public static final List<Column> COLUMNS = load();
    public static final List<String> HEADER =
            COLUMNS.stream().map(Column::header).toList();
    /** The unit of each figure that has one. */
    public static final Map<String, String> UNITS = units();

    private static final RecordComponent[] FIGURES = PeriodSummary.class.getRecordComponents();

    private SummaryTable() {}

    /** The rows as cells in column order: numbers, text, booleans; null where a figure is absent. */
    public static List<List<Object>> rows(List<PeriodSummary> summaries) {
        List<List<Object>> rows = new ArrayList<>(summaries.size());
        for (PeriodSummary summary : summaries) {
            List<Object> cells = new ArrayList<>(FIGURES.length);
            for (RecordComponent figure : FIGURES) {
                cells.add(cell(figure, summary));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Object cell(RecordComponent figure, PeriodSummary summary) {
        try {
            Object value = figure.getAccessor().invoke(summary);
            return value instanceof LocalDate date ? date.toString() : value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + figure.getName(), e);
        }
    }

    /** Reads the dictionary and checks it names every figure, in order: a new figure without meaning fails. */
    static List<Column> load() {
        var stream = SummaryTable.class.getResourceAsStream("/energy/summary-columns.tsv");
        Objects.requireNonNull(stream, "energy/summary-columns.tsv is missing");
        List<Column> columns = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                columns.add(new Column(cells[0], header(cells[0]), cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> figures = Arrays.stream(PeriodSummary.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        List<String> named = columns.stream().map(Column::name).toList();
        if (!figures.equals(named)) {
            throw new IllegalStateException(
                    "energy/summary-columns.tsv names " + named + ", the summary has " + figures);
        }
        return List.copyOf(columns);
    }

    /** {@code heatHeating} -> {@code heat_heating}, as the database column. */
    static String header(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        COLUMNS.stream().filter(c -> !c.unit().isEmpty()).forEach(c -> units.put(c.name(), c.unit()));
        return units;
    }
}
