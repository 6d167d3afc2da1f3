package luxlogger.luxtronik.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The label tables of the selection types, read once from {@code /luxtronik/codes.tsv}. Each table is an
 * array indexed by the raw code so a lookup costs one bounds check, not a map access and boxing.
 */
final class Codes {

    static final String RESOURCE = "/luxtronik/codes.tsv";

    private static final Map<String, String[]> TABLES = load();

    private Codes() {}

    /** The labels of one selection type, indexed by code; gaps are null. */
    static String[] labels(String type) {
        String[] labels = TABLES.get(type);
        if (labels == null) {
            throw new IllegalStateException("no codes for " + type + " in " + RESOURCE);
        }
        return labels;
    }

    private static Map<String, String[]> load() {
        Map<String, TreeMap<Integer, String>> codes = new HashMap<>();
        for (String[] cells : TabFile.rows(RESOURCE)) {
            codes.computeIfAbsent(cells[0], type -> new TreeMap<>()).put(Integer.parseInt(cells[1]), cells[2]);
        }
        Map<String, String[]> tables = new HashMap<>();
        codes.forEach((type, byCode) -> {
            String[] labels = new String[byCode.lastKey() + 1];
            byCode.forEach((code, label) -> labels[code] = label);
            tables.put(type, labels);
        });
        return Map.copyOf(tables);
    }
}
