package luxlogger.imports.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import luxlogger.imports.entity.LegacyField;
import luxlogger.imports.entity.LegacyType;
import luxlogger.imports.entity.Selection;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.TabFile;

/**
 * The keys of the earlier logger's {@code data_json} as python-luxtronik at commit 7a0eda74 defined them, read once
 * from {@code /imports/fields-7a0eda74.tsv} and {@code /imports/codes-7a0eda74.tsv}. The type of each name at that
 * version decides how its value is turned back, not the product's own catalog, which follows a later version.
 */
public final class LegacyFields {

    static final String FIELDS = "/imports/fields-7a0eda74.tsv";
    static final String CODES = "/imports/codes-7a0eda74.tsv";

    /**
     * The indices the earlier logger asked python-luxtronik for, per group (its client read {@code range(1187)},
     * {@code range(275)} and {@code range(398)}): a key beyond them is none it wrote.
     */
    private static final Map<Group, Integer> ASKED =
            Map.of(Group.PARAMETERS, 1187, Group.CALCULATIONS, 275, Group.VISIBILITIES, 398);

    private static final LegacyFields STANDARD = new LegacyFields();

    private final Map<String, LegacyField> byKey = new HashMap<>();
    private final Map<Group, List<LegacyField>> byIndex = new EnumMap<>(Group.class);

    private LegacyFields() {
        Map<String, Selection> selections = selections();
        for (Group group : Group.values()) {
            byIndex.put(group, new ArrayList<>());
        }
        for (String[] cells : TabFile.rows(FIELDS)) {
            Group group = group(cells[0]);
            int index = Integer.parseInt(cells[1]);
            String key = group.key() + "." + cells[2];
            Selection selection = selections.get(cells[3]);
            LegacyType type = selection != null
                    ? LegacyType.SELECTION
                    : LegacyType.of(cells[3])
                            .orElseThrow(() -> new IllegalStateException(FIELDS + ": unknown type " + cells[3]));
            var field = new LegacyField(group, index, key, type, selection);
            List<LegacyField> fields = byIndex.get(group);
            if (index != fields.size() || byKey.put(key, field) != null) {
                throw new IllegalStateException(FIELDS + ": " + key + " out of order or twice");
            }
            fields.add(field);
        }
    }

    /** The table of python-luxtronik 7a0eda74. */
    public static LegacyFields standard() {
        return STANDARD;
    }

    /**
     * The field of a key, or null when python-luxtronik had no such name. A key {@code <group>.<index>} beyond the
     * table, up to what the earlier logger asked for, is a raw value the controller sent and it kept unchanged.
     */
    public LegacyField field(String key) {
        LegacyField field = byKey.get(key);
        return field != null ? field : beyondTable(key);
    }

    /** The key the earlier logger wrote for an index of a group. */
    public String key(Group group, int index) {
        List<LegacyField> fields = byIndex.get(group);
        return index < fields.size() ? fields.get(index).key() : group.key() + "." + index;
    }

    /** How many indices of a group python-luxtronik 7a0eda74 named. */
    public int defined(Group group) {
        return byIndex.get(group).size();
    }

    private LegacyField beyondTable(String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String digits = key.substring(dot + 1);
        // at most nine digits, so that the index fits an int; a leading zero is no index python printed
        if (digits.isEmpty() || digits.length() > 9 || (digits.length() > 1 && digits.charAt(0) == '0')) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        for (Group group : Group.values()) {
            int index = Integer.parseInt(digits);
            if (group.key().equals(key.substring(0, dot)) && index >= defined(group) && index < ASKED.get(group)) {
                return new LegacyField(group, index, key, LegacyType.RAW, null);
            }
        }
        return null;
    }

    private static Group group(String key) {
        for (Group group : Group.values()) {
            if (group.key().equals(key)) {
                return group;
            }
        }
        throw new IllegalStateException(FIELDS + ": unknown group " + key);
    }

    private static Map<String, Selection> selections() {
        Map<String, Map<String, Integer>> codes = new LinkedHashMap<>();
        Map<String, Set<String>> shared = new HashMap<>();
        for (String[] cells : TabFile.rows(CODES)) {
            Integer code = Integer.valueOf(cells[1]);
            Integer first = codes.computeIfAbsent(cells[0], type -> new LinkedHashMap<>())
                    .putIfAbsent(cells[2], code);
            if (first != null) {
                shared.computeIfAbsent(cells[0], type -> new HashSet<>()).add(cells[2]);
            }
        }
        Map<String, Selection> selections = new HashMap<>();
        codes.forEach((type, labels) ->
                selections.put(type, new Selection(type, labels, shared.getOrDefault(type, Set.of()))));
        return selections;
    }
}
