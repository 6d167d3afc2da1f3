package luxlogger.imports.entity;

import java.util.Map;
import java.util.Optional;

/**
 * How python-luxtronik at commit 7a0eda74 (the version the earlier logger pins) turned a raw integer into the
 * value the earlier logger stored, grouped by what it takes to turn that value back. Selection types are not
 * listed one by one: every type with a label table (codes-7a0eda74.tsv) is a {@link #SELECTION}.
 */
public enum LegacyType {
    /** The raw integer unchanged (Unknown, Count, Seconds, Flow, Power, Icon …). */
    RAW,
    /** raw × 0.1 in binary floating point, unrounded (Celsius, Kelvin, Energy, Voltage, Hours, Percent). */
    TENTHS,
    /** raw × 0.01 (Pressure). */
    HUNDREDTHS,
    /** 1 + raw / 2 hours. */
    HOURS2,
    /** raw != 0; a value the controller did not send also reads false there. */
    BOOL,
    /** Unix seconds as a local "YYYY-MM-DD HH:MM:SS" string of the zone the earlier logger ran in. */
    TIMESTAMP,
    /** Big-endian signed 32 bits as a dotted quad. */
    IPV4,
    /** One character code; 0 is the empty string. */
    CHARACTER,
    /** "major.minor" from major × 100 + minor, minor without padding; 0 or less is "0". */
    MAJOR_MINOR,
    /** Seconds since midnight as "H:MM", with ":SS" when the seconds are not 0. */
    TIME_OF_DAY,
    /** Two halves of minutes since midnight, low the start and high the end: "H:MM-H:MM". */
    TIME_OF_DAY2,
    /** A label from the type's table; a code the table lacks was stored as null. */
    SELECTION;

    private static final Map<String, LegacyType> BY_NAME = Map.ofEntries(
            Map.entry("Unknown", RAW),
            Map.entry("Count", RAW),
            Map.entry("Seconds", RAW),
            Map.entry("Minutes", RAW),
            Map.entry("Frequency", RAW),
            Map.entry("Speed", RAW),
            Map.entry("Power", RAW),
            Map.entry("Flow", RAW),
            Map.entry("Percent2", RAW),
            Map.entry("Icon", RAW),
            Map.entry("Level", RAW),
            Map.entry("Celsius", TENTHS),
            Map.entry("Kelvin", TENTHS),
            Map.entry("Percent", TENTHS),
            Map.entry("Energy", TENTHS),
            Map.entry("Voltage", TENTHS),
            Map.entry("Hours", TENTHS),
            Map.entry("Pressure", HUNDREDTHS),
            Map.entry("Hours2", HOURS2),
            Map.entry("Bool", BOOL),
            Map.entry("Timestamp", TIMESTAMP),
            Map.entry("IPv4Address", IPV4),
            Map.entry("Character", CHARACTER),
            Map.entry("MajorMinorVersion", MAJOR_MINOR),
            Map.entry("TimeOfDay", TIME_OF_DAY),
            Map.entry("TimeOfDay2", TIME_OF_DAY2));

    /** The rule of a python-luxtronik type name that has no label table; empty when there is none. */
    public static Optional<LegacyType> of(String pythonType) {
        return Optional.ofNullable(BY_NAME.get(pythonType));
    }
}
