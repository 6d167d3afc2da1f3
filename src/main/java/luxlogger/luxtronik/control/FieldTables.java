package luxlogger.luxtronik.control;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import luxlogger.luxtronik.entity.Field;
import luxlogger.luxtronik.entity.FieldType;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.TabFile;

/**
 * Reads the field catalog from the classpath directory {@code /luxtronik/}: the three field tables as
 * copied from python-luxtronik ({@code parameters.tsv} …: index, name, type, unit), the parameters with a column
 * of our own, their kind (see {@link #KINDS}), the derived fields
 * ({@code derived.tsv}), type corrections with their evidence ({@code overrides.tsv}), curated labels and
 * units ({@code labels.tsv}) and the words for generated labels ({@code words.tsv}).
 */
final class FieldTables {

    private static final System.Logger LOG = System.getLogger(FieldTables.class.getName());
    private static final String DIRECTORY = "/luxtronik/";
    /**
     * What a parameter is, in the column {@code kind} of {@code parameters.tsv}: a setting people make, or a
     * value the controller changes by itself: a counter (operating seconds, starts, energy), a time (timestamps
     * and the countdown timers it runs), a history (the switch-off file, the running outdoor averages) or its own
     * state (saved modes and temperatures, the current hot-water target). Only settings count as setting changes.
     */
    static final Set<String> KINDS = Set.of("setting", "counter", "time", "history", "state");

    private static final String SETTING = "setting";

    private final Map<String, FieldType> overrides = new HashMap<>();
    private final Map<String, String[]> labels = new HashMap<>();
    private final Vocabulary vocabulary;

    private FieldTables() {
        for (String[] row : rows("overrides.tsv")) {
            overrides.put(row[0] + "." + row[1], ownType(row[2], "overrides.tsv"));
        }
        for (String[] row : rows("labels.tsv")) {
            labels.put(row[0] + "." + row[1], row);
        }
        Map<String, String> words = new HashMap<>();
        for (String[] row : rows("words.tsv")) {
            words.put(row[0].toLowerCase(Locale.ROOT), cell(row, 1));
        }
        vocabulary = new Vocabulary(words);
    }

    /** All fields of the standard catalog: every table row, then the derived fields. */
    static List<Field> read() {
        var tables = new FieldTables();
        List<Field> fields = new ArrayList<>();
        for (Group group : Group.values()) {
            for (String[] row : rows(group.key() + ".tsv")) {
                boolean setting = group == Group.PARAMETERS && SETTING.equals(kind(row));
                fields.add(tables.field(group, Integer.parseInt(row[0]), row[1], row[2], cell(row, 3), setting));
            }
        }
        for (String[] row : rows("derived.tsv")) {
            String type = ownType(row[3], "derived.tsv").key();
            fields.add(tables.field(group(row[0]), Integer.parseInt(row[1]), row[2], type, "", false));
        }
        return fields;
    }

    /** The kind of a parameter row: a missing or misspelt one is a build defect, as in our other files. */
    private static String kind(String[] row) {
        String kind = cell(row, 4);
        if (!KINDS.contains(kind)) {
            throw new IllegalStateException("parameter " + row[0] + " " + row[1] + " has the kind '" + kind + "' in "
                    + DIRECTORY + "parameters.tsv, not one of " + KINDS);
        }
        return kind;
    }

    private Field field(Group group, int index, String name, String typeKey, String tableUnit, boolean setting) {
        String column = group.key() + "." + name;
        FieldType type = overrides.getOrDefault(column, type(typeKey, name));
        String[] curated = labels.get(column);
        String label = curated == null ? vocabulary.label(group, name) : curated[2];
        String unit = curated == null ? "" : cell(curated, 3);
        if (unit.isEmpty()) {
            unit = tableUnit.isEmpty() ? type.unit() : tableUnit;
        }
        return new Field(group, index, name, type, unit, label, setting);
    }

    private static FieldType type(String key, String name) {
        return FieldType.of(key).orElseGet(() -> {
            // a newer table may name a type we do not know yet: keep the raw value rather than fail
            LOG.log(Level.WARNING, "Unknown field type {0} of {1}, decoding it as a raw number", key, name);
            return FieldType.UNKNOWN;
        });
    }

    /** A type named in our own files: a typo there is a build defect, not something to tolerate. */
    private static FieldType ownType(String key, String file) {
        return FieldType.of(key)
                .orElseThrow(() -> new IllegalStateException("unknown type " + key + " in " + DIRECTORY + file));
    }

    private static Group group(String key) {
        for (Group group : Group.values()) {
            if (group.key().equals(key)) {
                return group;
            }
        }
        throw new IllegalStateException("unknown group " + key + " in " + DIRECTORY + "derived.tsv");
    }

    private static String cell(String[] row, int column) {
        return column < row.length ? row[column].strip() : "";
    }

    /** The data rows of one of our tables (see {@link TabFile}). */
    static List<String[]> rows(String file) {
        return TabFile.rows(DIRECTORY + file);
    }
}
