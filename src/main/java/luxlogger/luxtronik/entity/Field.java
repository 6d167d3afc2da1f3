package luxlogger.luxtronik.entity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of the controller: where it is ({@link #group()}, {@link #index()}), its name in the field
 * tables, how it decodes and how people call it. A field whose type spans several indices (the firmware
 * version) is derived: it starts at {@link #index()} and the single indices keep fields of their own.
 *
 * @param setting true for a parameter that people set (the kind {@code setting} in {@code parameters.tsv}), whose
 *     change is worth telling; false for the counters, clocks, histories and the controller's own state that sit
 *     among the parameters and change by themselves, for every calculation and visibility, and for indices beyond
 *     the tables, whose meaning nobody knows
 */
public record Field(Group group, int index, String name, FieldType type, String unit, String label, boolean setting) {

    public Field {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index + " of " + name);
        }
    }

    /** A field that is no setting: a calculation, a visibility, or a parameter that changes by itself. */
    public Field(Group group, int index, String name, FieldType type, String unit, String label) {
        this(group, index, name, type, unit, label, false);
    }

    /**
     * A field for an index the catalog does not know, e.g. {@code Unknown_Parameter_1165}; newer firmware
     * appends values, and they are kept raw rather than dropped.
     */
    public static Field unknown(Group group, int index) {
        String kind = unknownKind(group);
        return new Field(
                group,
                index,
                "Unknown_" + kind + "_" + index,
                FieldType.UNKNOWN,
                "",
                "Unknown " + kind.toLowerCase(Locale.ROOT) + " " + index);
    }

    /**
     * The field a generated name such as {@code Unknown_Parameter_1165} stands for, in any case, so that users can
     * ask for values the tables do not know; empty for any other name.
     */
    public static Optional<Field> unknown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Group group : Group.values()) {
            String prefix = "unknown_" + unknownKind(group).toLowerCase(Locale.ROOT) + "_";
            String index = lower.startsWith(prefix) ? lower.substring(prefix.length()) : "";
            // at most nine digits, so the index always fits an int
            if (!index.isEmpty() && index.length() < 10 && index.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.of(unknown(group, Integer.parseInt(index)));
            }
        }
        return Optional.empty();
    }

    private static String unknownKind(Group group) {
        return switch (group) {
            case PARAMETERS -> "Parameter";
            case CALCULATIONS -> "Calculation";
            case VISIBILITIES -> "Visibility";
        };
    }

    /** The column name used in reports and queries, e.g. {@code calculations.ID_WEB_Temperatur_TVL}. */
    public String column() {
        return group.key() + "." + name;
    }

    /** Number of consecutive indices this field is decoded from. */
    public int span() {
        return type.span();
    }

    /** True when the field is made of several indices that also have fields of their own. */
    public boolean derived() {
        return span() > 1;
    }
}
