package luxlogger.imports.entity;

import java.util.Objects;
import luxlogger.luxtronik.entity.Group;

/**
 * One key of the earlier logger's {@code data_json}: where its raw value goes and how it was decoded.
 *
 * @param key the whole key, {@code <group>.<name>} or {@code <group>.<index>}
 * @param selection the label table of a {@link LegacyType#SELECTION}, null for every other type
 */
public record LegacyField(Group group, int index, String key, LegacyType type, Selection selection) {

    public LegacyField {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index + " of " + key);
        }
        if ((type == LegacyType.SELECTION) != (selection != null)) {
            throw new IllegalArgumentException(key + ": a label table belongs to a selection, and only there");
        }
    }
}
