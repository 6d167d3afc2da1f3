package luxlogger.imports.entity;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The label table of one selection type as the earlier logger's python-luxtronik had it, read backwards.
 *
 * @param codes each label with the first code that has it (python-luxtronik wrote that one back too)
 * @param shared the labels that more than one code has (HeatpumpCode "ERC", SwitchoffFile "no request" …): the
 *     code stored for them may be another than the controller sent
 */
public record Selection(String type, Map<String, Integer> codes, Set<String> shared) {

    public Selection {
        Objects.requireNonNull(type, "type");
        codes = Map.copyOf(codes);
        shared = Set.copyOf(shared);
    }

    /** The code of a label, or null when the table has no such label. */
    public Integer code(String label) {
        return codes.get(label);
    }

    public boolean shared(String label) {
        return shared.contains(label);
    }
}
