package luxlogger.reports.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Shape;

/**
 * The field columns of a report, in catalog order, each once. A report covers a range whose snapshots may
 * come from different firmware, so the columns are made for the longest arrays of the range: a shorter
 * snapshot leaves the cells it lacks empty, and no value of a longer one is dropped.
 */
public record Columns(List<Field> fields) {

    public Columns {
        fields = fields.stream().distinct().sorted(Catalog.ORDER).toList();
    }

    /** Every field of arrays of this shape, the longest of the range (see {@link Catalog#fields(Shape)}). */
    public static Columns forShape(Catalog catalog, Shape shape) {
        return new Columns(catalog.fields(shape));
    }

    /** The columns that are also in the selection, still in catalog order. */
    public Columns only(Collection<Field> selection) {
        Set<Field> wanted = new HashSet<>(selection);
        return new Columns(fields.stream().filter(wanted::contains).toList());
    }

    /**
     * The columns matching {@code CSV_FIELDS}: comma-separated names or {@code *} patterns (see
     * {@link Catalog#select(String)}); blank keeps all.
     *
     * @throws IllegalArgumentException naming a pattern that matches no field of the catalog
     */
    public Columns only(Catalog catalog, String patterns) {
        return patterns == null || patterns.isBlank() ? this : only(catalog.select(patterns));
    }

    public int size() {
        return fields.size();
    }

    /** The raw column names, e.g. {@code calculations.ID_WEB_Temperatur_TVL}. */
    public List<String> names() {
        return fields.stream().map(Field::column).toList();
    }

    /**
     * The labels, e.g. {@code Flow temperature}, unique among themselves and the given names: a label that
     * is shared (or taken) gets its raw name in brackets on every column that carries it, so no column
     * looks like the real one and the header does not depend on which of the two comes first.
     */
    public List<String> labels(Collection<String> taken) {
        Map<String, Integer> uses = new HashMap<>();
        taken.forEach(name -> uses.merge(name, 1, Integer::sum));
        fields.forEach(field -> uses.merge(label(field), 1, Integer::sum));
        return fields.stream()
                .map(field -> uses.get(label(field)) == 1 ? label(field) : label(field) + " [" + field.name() + "]")
                .toList();
    }

    private static String label(Field field) {
        return field.label().isBlank() ? field.name() : field.label();
    }
}
