package luxlogger.diagnosis.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import luxlogger.configuration.control.SettingsReader;

/**
 * What the controller does not tell about the installation, given by its owner: the heat source
 * ({@code HEATPUMP_SOURCE}) and the rated output ({@code RATED_OUTPUT_KW}), each for all controllers and in a
 * per-controller form {@code HEATPUMP_SOURCE_<NAME>} / {@code RATED_OUTPUT_KW_<NAME>} (the name in upper case, a dash
 * as an underscore), which wins.
 *
 * @param source for every controller without its own; null: from the controller's heat-pump type
 * @param sources by controller name
 * @param ratedOutputKw for every controller without its own; null: not given
 * @param ratedOutputsKw by controller name
 */
public record InstallationSettings(
        HeatSource source, Map<String, HeatSource> sources, Double ratedOutputKw, Map<String, Double> ratedOutputsKw) {

    /** The largest rated output taken: above any domestic heat pump, well below a typo's thousand. */
    static final double MOST_KW = 1_000;

    static final String SOURCE = "heatpump.source";
    static final String RATED_OUTPUT = "rated.output.kw";

    public InstallationSettings {
        sources = Map.copyOf(sources);
        ratedOutputsKw = Map.copyOf(ratedOutputsKw);
    }

    /** Nothing given. */
    public static InstallationSettings none() {
        return new InstallationSettings(null, Map.of(), null, Map.of());
    }

    /** The heat source given for a controller; empty: the controller's heat-pump type decides. */
    public Optional<HeatSource> source(String controller) {
        return Optional.ofNullable(sources.getOrDefault(controller, source));
    }

    /** The rated output given for a controller, kW; empty when none is. */
    public Optional<Double> ratedOutputKw(String controller) {
        return Optional.ofNullable(ratedOutputsKw.getOrDefault(controller, ratedOutputKw));
    }

    /**
     * Reads {@code heatpump.source} and {@code rated.output.kw}, and their per-controller forms for each of the
     * controllers named.
     *
     * @throws luxlogger.configuration.control.InvalidSettingsException naming every unusable variable
     */
    public static InstallationSettings from(SettingsReader reader, List<String> controllers) {
        HeatSource source = source(reader, SOURCE);
        Double rated = rated(reader, RATED_OUTPUT);
        Map<String, HeatSource> sources = new HashMap<>();
        Map<String, Double> rateds = new HashMap<>();
        for (String controller : controllers) {
            HeatSource own = source(reader, perController(SOURCE, controller));
            if (own != null) {
                sources.put(controller, own);
            }
            Double ownRated = rated(reader, perController(RATED_OUTPUT, controller));
            if (ownRated != null) {
                rateds.put(controller, ownRated);
            }
        }
        return reader.valid(new InstallationSettings(source, sources, rated, rateds));
    }

    /**
     * The property of a controller's own value: {@code heatpump.source.cellar} is {@code HEATPUMP_SOURCE_CELLAR}. A
     * dash becomes an underscore, as an environment variable cannot hold one (and MicroProfile Config maps it so).
     */
    static String perController(String property, String controller) {
        return property + "." + controller.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    private static HeatSource source(SettingsReader reader, String property) {
        String text = reader.text(property);
        return text.isEmpty() ? null : reader.value(property, HeatSource::of, "air, ground or water", null);
    }

    private static Double rated(SettingsReader reader, String property) {
        String text = reader.text(property);
        if (text.isEmpty()) {
            return null;
        }
        return reader.value(
                property,
                value -> {
                    double kw = Double.parseDouble(value);
                    if (!(kw > 0 && kw <= MOST_KW)) {
                        throw new IllegalArgumentException(value + " is outside (0, " + MOST_KW + "]");
                    }
                    return kw;
                },
                "the heat pump's rated heat output in kW, a number above 0 and at most 1000, e.g. 7.5",
                null);
    }
}
