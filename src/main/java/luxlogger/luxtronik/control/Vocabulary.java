package luxlogger.luxtronik.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import luxlogger.luxtronik.entity.Group;

/**
 * Readable labels for fields nobody has labelled by hand: the German abbreviations of a name such as
 * {@code ID_Visi_Temp_Vorlauf} are translated word by word with the table in {@code words.tsv}. Runs once
 * per field when the catalog loads, so clarity beats speed here.
 */
final class Vocabulary {

    private static final List<String> PREFIXES = List.of("ID_WEB_", "ID_Einst_", "ID_Visi_", "ID_");
    private static final String UNKNOWN = "Unknown_";

    private final Map<String, String> words;

    /** @param words English by lower-case word; an empty translation drops the word */
    Vocabulary(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    String label(Group group, String name) {
        if (name.startsWith(UNKNOWN)) {
            // Unknown_Parameter_43 -> "Unknown parameter 43", like Field.unknown
            return "Unknown "
                    + name.substring(UNKNOWN.length()).replace('_', ' ').toLowerCase(Locale.ROOT);
        }
        var label = new StringBuilder();
        for (String token : withoutPrefix(name).split("_")) {
            String english = words.get(token.toLowerCase(Locale.ROOT));
            if (english != null) {
                append(label, english);
                continue;
            }
            for (String part : camelParts(token)) {
                append(label, words.getOrDefault(part.toLowerCase(Locale.ROOT), part));
            }
        }
        String text = label.isEmpty() ? name : Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return group == Group.VISIBILITIES ? "Visible: " + text : text;
    }

    private static String withoutPrefix(String name) {
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** SuHkrW0 -> Su, Hkr, W0: a new part starts where an upper-case letter follows a lower-case one or a digit. */
    private static List<String> camelParts(String token) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < token.length(); i++) {
            char previous = token.charAt(i - 1);
            if (Character.isUpperCase(token.charAt(i))
                    && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
                parts.add(token.substring(start, i));
                start = i;
            }
        }
        parts.add(token.substring(start));
        return parts;
    }

    private static void append(StringBuilder label, String word) {
        if (word.isEmpty()) {
            return;
        }
        if (!label.isEmpty()) {
            label.append(' ');
        }
        label.append(word);
    }
}
