package luxlogger.diagnosis.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the heat pump takes its heat from: which rules apply (defrost: air only) and which benchmarks. */
public enum HeatSource {
    AIR,
    GROUND,
    WATER;

    /** The setting's and the JSON's word: {@code air}, {@code ground}, {@code water}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The source of a setting's word, case-insensitive.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static HeatSource of(String key) {
        return Arrays.stream(values())
                .filter(source -> source.key().equalsIgnoreCase(key.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key + " is none of air, ground, water"));
    }

    /**
     * The source a heat-pump type name says (C78 {@code ID_WEB_Code_WP_akt} decoded, e.g. {@code L1A}, {@code MSW 6},
     * {@code WWC1}): L... air/water, SW... and MSW... brine/water (ground), WW followed by a digit or C water/water.
     * Empty where the name does not say: ERC, the K..., WZ... and WWB_20 types, HMD, and codes no table knows.
     */
    public static Optional<HeatSource> ofType(String type) {
        String name = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
        if (name.startsWith("L")) {
            return Optional.of(AIR);
        }
        if (name.startsWith("SW") || name.startsWith("MSW")) {
            return Optional.of(GROUND);
        }
        if (name.matches("WW[0-9C].*")) {
            return Optional.of(WATER);
        }
        return Optional.empty();
    }
}
