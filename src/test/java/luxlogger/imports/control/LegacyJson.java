package luxlogger.imports.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import luxlogger.imports.entity.LegacyField;
import luxlogger.luxtronik.entity.Group;
import luxlogger.luxtronik.entity.TabFile;

/**
 * The {@code data_json} the earlier logger wrote for a raw poll: each value as python-luxtronik 7a0eda74's
 * {@code from_heatpump} decoded it (the forward counterparts of {@link Inverse}), the keys as its client named them,
 * spelled as {@code json.dumps(readings, default=str)} spelled them ({@link PythonJson}).
 *
 * <p>The client asked {@code get(i)} for every index below 275 calculations, 1,187 parameters and 398 visibilities,
 * in that order of groups. A defined index the controller did not send has a raw of None: most types print null, a
 * Bool false, and three types raise (their key is left out, as the client caught the exception). An index beyond
 * python-luxtronik's table is there only when the controller sent it, as a raw integer.
 */
final class LegacyJson {

    private static final List<Group> ORDER = List.of(Group.CALCULATIONS, Group.PARAMETERS, Group.VISIBILITIES);
    private static final Map<Group, Integer> ASKED =
            Map.of(Group.PARAMETERS, 1187, Group.CALCULATIONS, 275, Group.VISIBILITIES, 398);
    private static final DateTimeFormatter PYTHON_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final LegacyFields fields = LegacyFields.standard();
    private final ZoneId zone;
    private final Map<String, Map<Integer, String>> labels = new HashMap<>();
    /** Spelled values by field type and raw: a week repeats most of them, and python's repr is slow to imitate. */
    private final Map<Long, String> spelled = new HashMap<>();

    /** @param zone the zone the earlier logger ran in: python printed timestamps in its local time */
    LegacyJson(ZoneId zone) {
        this.zone = zone;
        for (String[] row : TabFile.rows(LegacyFields.CODES)) {
            labels.computeIfAbsent(row[0], type -> new HashMap<>()).put(Integer.valueOf(row[1]), row[2]);
        }
    }

    /** The JSON text of one poll; visibilities as the controller sent them (the product keeps them as bytes). */
    String json(int[] parameters, int[] calculations, int[] visibilities) {
        StringBuilder out = new StringBuilder(96 * 1024);
        out.append('{');
        for (Group group : ORDER) {
            int[] raw = switch (group) {
                case PARAMETERS -> parameters;
                case CALCULATIONS -> calculations;
                case VISIBILITIES -> visibilities;
            };
            int defined = fields.defined(group);
            for (int i = 0; i < ASKED.get(group); i++) {
                if (i >= defined && i >= raw.length) {
                    break;
                }
                String key = fields.key(group, i);
                String value = i < defined
                        ? value(fields.field(key), i < raw.length ? raw[i] : null)
                        : Integer.toString(raw[i]);
                if (value != null) {
                    if (out.length() > 1) {
                        out.append(", ");
                    }
                    PythonJson.string(out, key);
                    out.append(": ").append(value);
                }
            }
        }
        return out.append('}').toString();
    }

    /** The JSON of the field's value; null where python raised, so the client wrote no key. */
    private String value(LegacyField field, Integer raw) {
        if (raw == null) {
            return switch (field.type()) {
                case BOOL -> "false"; // bool(None)
                case IPV4, CHARACTER, MAJOR_MINOR -> null; // struct.pack, chr and None > 0 raise
                default -> "null";
            };
        }
        long key = (long) field.type().ordinal() << 32 | (raw & 0xFFFF_FFFFL);
        return switch (field.type()) {
            case RAW -> Integer.toString(raw);
            case BOOL -> raw != 0 ? "true" : "false";
            case TENTHS, HUNDREDTHS, HOURS2 -> spelled.computeIfAbsent(key, k -> PythonJson.repr(scaled(field, raw)));
            case TIMESTAMP -> spelled.computeIfAbsent(key, k -> quoted(timestamp(raw)));
            case IPV4 -> quoted(ipv4(raw));
            case CHARACTER -> character(raw);
            case MAJOR_MINOR -> quoted(raw > 0 ? raw / 100 + "." + raw % 100 : "0");
            case TIME_OF_DAY -> quoted(timeOfDay(raw));
            case TIME_OF_DAY2 -> quoted(timeOfDay2(raw));
            case SELECTION -> {
                String label = labels.get(field.selection().type()).get(raw);
                yield label == null ? "null" : quoted(label);
            }
        };
    }

    private static double scaled(LegacyField field, int raw) {
        return switch (field.type()) {
            case TENTHS -> raw * 0.1;
            case HUNDREDTHS -> raw * 0.01;
            default -> 1 + raw / 2.0; // Hours2: python's true division
        };
    }

    /** datetime.fromtimestamp in the logger's zone, the epoch for 0 and less, printed by str(). */
    private String timestamp(int raw) {
        Instant instant = Instant.ofEpochSecond(Math.max(raw, 0));
        return LocalDateTime.ofInstant(instant, zone).format(PYTHON_DATETIME);
    }

    private static String ipv4(int raw) {
        return (raw >>> 24) + "." + (raw >>> 16 & 0xFF) + "." + (raw >>> 8 & 0xFF) + "." + (raw & 0xFF);
    }

    /** chr(raw), "" for 0; chr raises beyond Unicode, so no key. */
    private static String character(int raw) {
        if (raw == 0) {
            return "\"\"";
        }
        if (raw < 0 || raw > Character.MAX_CODE_POINT) {
            return null;
        }
        return quoted(Character.toString(raw));
    }

    /** Python's floor division and modulo: negative raws print too ("-1:59:59" for -1). */
    private static String timeOfDay(int raw) {
        long seconds = Math.floorMod(raw, 60);
        return Math.floorDiv(raw, 3600) + ":" + two(Math.floorMod(Math.floorDiv(raw, 60), 60))
                + (seconds > 0 ? ":" + two(seconds) : "");
    }

    /** Low half the start, high half (arithmetic shift) the end, in minutes. */
    private static String timeOfDay2(int raw) {
        int low = raw & 0xFFFF;
        int high = raw >> 16;
        return low / 60 + ":" + two(low % 60) + "-" + Math.floorDiv(high, 60) + ":" + two(Math.floorMod(high, 60));
    }

    private static String two(long number) {
        return number < 10 ? "0" + number : Long.toString(number);
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        PythonJson.string(out, text);
        return out.toString();
    }
}
