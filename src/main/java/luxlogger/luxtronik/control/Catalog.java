package luxlogger.luxtronik.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.Shape;
import luxlogger.luxtronik.entity.Snapshot;

/**
 * Every known field of the controller, looked up by index or column name. Catalog order is group by
 * group (parameters, calculations, visibilities), by index, a derived field right before the first index
 * it covers. Indices beyond the tables get generated {@code Unknown_…} fields: firmware appends new
 * values, and a logger must keep them rather than drop them.
 */
public final class Catalog {

    /** Catalog order. */
    public static final Comparator<Field> ORDER = Comparator.comparing(Field::group)
            .thenComparingInt(Field::index)
            .thenComparing(Comparator.comparingInt(Field::span).reversed());

    private final Map<Group, Field[]> byIndex = new EnumMap<>(Group.class);
    private final Map<Group, Field[]> derivedAt = new EnumMap<>(Group.class);
    private final Map<String, Field> byName = new HashMap<>();
    private final List<Field> fields;
    private final Map<Group, ConcurrentMap<Integer, Field>> generated = new EnumMap<>(Group.class);

    /**
     * @param fields the fields; a group's single-index fields should cover 0 … n-1 (gaps become
     *     generated fields), at most one derived field may start at an index
     */
    public Catalog(Collection<Field> fields) {
        this.fields = fields.stream().sorted(ORDER).toList();
        for (Group group : Group.values()) {
            byIndex.put(group, new Field[end(group, false)]);
            derivedAt.put(group, new Field[end(group, true)]);
            generated.put(group, new ConcurrentHashMap<>());
        }
        for (Field field : this.fields) {
            Field[] slots = (field.derived() ? derivedAt : byIndex).get(field.group());
            if (slots[field.index()] != null) {
                throw new IllegalArgumentException(
                        field.column() + " and " + slots[field.index()].column() + " share index " + field.index());
            }
            slots[field.index()] = field;
            if (byName.put(field.name().toLowerCase(Locale.ROOT), field) != null) {
                throw new IllegalArgumentException("field name " + field.name() + " is not unique");
            }
        }
    }

    private int end(Group group, boolean derived) {
        return fields.stream()
                .filter(f -> f.group() == group && f.derived() == derived)
                .mapToInt(f -> f.index() + 1)
                .max()
                .orElse(0);
    }

    /** The catalog of the field tables shipped in the resources, loaded once. */
    public static Catalog standard() {
        return Standard.CATALOG;
    }

    private static final class Standard {
        static final Catalog CATALOG = new Catalog(FieldTables.read());
    }

    /** The highest index the tables define for a group, plus one (1160 parameters for firmware 3.9x). */
    public int length(Group group) {
        return byIndex.get(group).length;
    }

    /** The array lengths the tables cover: what a current controller sends. */
    public Shape shape() {
        return new Shape(length(Group.PARAMETERS), length(Group.CALCULATIONS), length(Group.VISIBILITIES));
    }

    /** The field of an index; beyond the tables a generated field such as {@code Unknown_Parameter_1165}. */
    public Field field(Group group, int index) {
        Field[] known = byIndex.get(group);
        if (index >= 0 && index < known.length && known[index] != null) {
            return known[index];
        }
        return generated.get(group).computeIfAbsent(index, i -> Field.unknown(group, i));
    }

    /**
     * A field by column ({@code calculations.ID_WEB_Temperatur_TA}) or bare name, case-insensitive;
     * generated names such as {@code Unknown_Calculation_270} are understood too.
     */
    public Optional<Field> field(String column) {
        String wanted = column.strip().toLowerCase(Locale.ROOT);
        for (Group group : Group.values()) {
            String prefix = group.key() + ".";
            if (wanted.startsWith(prefix)) {
                return named(wanted.substring(prefix.length())).filter(f -> f.group() == group);
            }
        }
        return named(wanted);
    }

    private Optional<Field> named(String lowerName) {
        Field field = byName.get(lowerName);
        if (field != null) {
            return Optional.of(field);
        }
        // not cached beyond the tables: names come from users, array lengths from the controller
        return Field.unknown(lowerName)
                .map(unknown ->
                        unknown.index() < length(unknown.group()) ? field(unknown.group(), unknown.index()) : unknown);
    }

    /** All fields of the tables (derived ones included) in catalog order. */
    public List<Field> fields() {
        return fields;
    }

    /** The fields of every value a snapshot holds, in catalog order. */
    public List<Field> fields(Snapshot snapshot) {
        return fields(snapshot.shape());
    }

    /** The fields of arrays of this shape, in catalog order: derived fields, then one per index. */
    public List<Field> fields(Shape shape) {
        List<Field> result = new ArrayList<>(shape.size() + 1);
        for (Group group : Group.values()) {
            add(result, group, shape.length(group));
        }
        return List.copyOf(result);
    }

    private void add(List<Field> result, Group group, int length) {
        Field[] derived = derivedAt.get(group);
        for (int index = 0; index < length; index++) {
            if (index < derived.length && derived[index] != null) {
                result.add(derived[index]);
            }
            result.add(field(group, index));
        }
    }

    /** {@link #select(Collection)} for a comma-separated list such as {@code ID_WEB_Temperatur_*,*.ID_Ba_*}. */
    public List<Field> select(String patterns) {
        return select(Arrays.asList(patterns.split(",")));
    }

    /**
     * The fields matching names or glob patterns ({@code *} any text, {@code ?} one character), compared
     * case-insensitively with the bare name and with {@code group.name}. Blank patterns are ignored.
     *
     * @return the matches in catalog order, each once
     * @throws IllegalArgumentException naming the first pattern that matches nothing
     */
    public List<Field> select(Collection<String> patterns) {
        Set<Field> selected = new LinkedHashSet<>();
        for (String raw : patterns) {
            String pattern = raw.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            List<Field> matches = matches(pattern);
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("No field matches '" + pattern + "'");
            }
            selected.addAll(matches);
        }
        return selected.stream().sorted(ORDER).toList();
    }

    private List<Field> matches(String pattern) {
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return field(pattern).map(List::of).orElse(List.of());
        }
        String glob = pattern.toLowerCase(Locale.ROOT);
        return fields.stream()
                .filter(f -> Glob.matches(glob, f.name().toLowerCase(Locale.ROOT))
                        || Glob.matches(glob, f.column().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
