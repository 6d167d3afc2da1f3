package luxlogger.simulator.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import luxlogger.configuration.control.SettingsReader;
import luxlogger.luxtronik.entity.NamedController;

/**
 * A setting that lists {@code name=value} entries separated by commas, one per controller. Each unusable entry
 * is one problem that shows the whole setting and names the entry, so a long list is fixed in one go.
 */
final class NamedEntries {

    private final SettingsReader reader;
    private final String property;
    private final String form;
    private final String example;

    /**
     * @param form the shape of one entry, e.g. {@code name=profile}
     * @param example a whole value that would do
     */
    NamedEntries(SettingsReader reader, String property, String form, String example) {
        this.reader = reader;
        this.property = property;
        this.form = form;
        this.example = example;
    }

    /**
     * The values by controller name, in the order given; empty when nothing is set.
     *
     * @param parse turns a value into its type or throws an {@link IllegalArgumentException}
     * @param values what a value may be, for the problem of one that is not
     */
    <T> Map<String, T> read(Function<String, T> parse, String values) {
        String list = reader.text(property);
        Map<String, T> entries = new LinkedHashMap<>();
        if (list.isEmpty()) {
            return entries;
        }
        for (String raw : list.split(",", -1)) {
            String entry = raw.strip();
            int equals = entry.indexOf('=');
            if (equals < 0) {
                problem(list, "but '" + entry + "' is no such entry");
                continue;
            }
            String name = entry.substring(0, equals).strip();
            String value = entry.substring(equals + 1).strip();
            if (!NamedController.NAME.matcher(name).matches()) {
                problem(
                        list,
                        "names matching " + NamedController.NAME + ", but '" + name + "' in '" + entry
                                + "' is not one");
                continue;
            }
            try {
                if (entries.put(name, parse.apply(value)) != null) {
                    problem(list, "each name once, but '" + name + "' is given more than once");
                }
            } catch (IllegalArgumentException e) {
                problem(list, values + " after the name, but '" + value + "' in '" + entry + "' is not one");
            }
        }
        return entries;
    }

    private void problem(String list, String detail) {
        reader.problem(property, list, form + " entries separated by commas, e.g. " + example + "; " + detail);
    }
}
