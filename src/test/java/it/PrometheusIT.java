package it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * What Prometheus gets from the shared server's {@code /metrics}: the heat pump's values of its newest stored poll,
 * in an exposition Prometheus' own parser takes, with every series the Grafana dashboard asks for.
 */
@MicroShedTest
class PrometheusIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? (\\S+)$");
    private static final String HEAT_PUMP = "controller=\"heatpump\"";

    static Api api;

    @BeforeAll
    static void server() {
        api = SharedServer.api();
        api.awaitFirstPoll();
    }

    /** The whole scrape, as Prometheus reads it (every scope), once the heat pump's values are in it. */
    private static String scrape() {
        String body = Await.value("the heat pump's values at /metrics", WAIT, () -> {
            var response = api.get("metrics");
            return response.statusCode() == 200 && response.body().contains("luxtronik_flow_temperature_celsius{")
                    ? response.body()
                    : null;
        });
        try {
            Files.writeString(Path.of("target/metrics.txt"), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body;
    }

    @Test
    void prometheusParsesTheScrapeAndFindsNoFaultWithOurNames() {
        var result = Promtool.checkMetrics(scrape());

        // promtool ends with 1 when it cannot parse, with 3 when the names have lint; Liberty's own JVM metrics
        // (memory_usedHeap_bytes…) are camel case, which is theirs to change
        assertThat(result.output()).doesNotContain("error while linting", "text format parsing error");
        assertThat(result.exit()).as(result.output()).isIn(0, 3);
        assertThat(result.lines())
                .as(result.output())
                .noneMatch(line -> line.startsWith("luxtronik_") || line.startsWith("luxlogger_"));
    }

    @Test
    void everySeriesOfTheGrafanaDashboardIsExposed() {
        Map<String, Double> exposed = samples(scrape(), HEAT_PUMP);

        assertThat(MonitoringFilesTest.dashboardMetrics())
                .allSatisfy(metric -> assertThat(exposed).as(metric).containsKey(metric));
    }

    @Test
    void theValuesAreThoseOfTheNewestStoredPoll() {
        String fields = "ID_WEB_Temperatur_TVL,ID_WEB_LIN_HD,ID_WEB_WMZ_Heizung,HEAT_ENERGY_INPUT,ID_WEB_VD1out,"
                + "ID_WEB_WP_BZ_akt,ID_WEB_Zaehler_BetrZeitImpVD1,ID_WEB_WMZ_Durchfluss";
        // polls go on every second: a scrape and a reading of the same poll, told by its time, with no new poll shown
        // between two scrapes around the reading (a counter moves on before the gauges show the newer poll)
        var pair = Await.value("a scrape of the poll the API shows as the newest", WAIT, () -> {
            Map<String, Double> exposed = samples(scrape(), HEAT_PUMP);
            JsonObject latest = Api.json(api.get("api/readings/latest?fields=" + fields));
            double time = Instant.parse(latest.getString("time")).toEpochMilli() / 1000.0;
            return exposed.getOrDefault("luxtronik_poll_timestamp_seconds", 0.0) == time
                            && exposed.equals(samples(scrape(), HEAT_PUMP))
                    ? Map.entry(values(latest), exposed)
                    : null;
        });
        Map<String, JsonValue> reading = pair.getKey();
        Map<String, Double> exposed = pair.getValue();

        assertThat(exposed.get("luxtronik_flow_temperature_celsius"))
                .isEqualTo(number(reading, "ID_WEB_Temperatur_TVL"), within(1e-9));
        assertThat(exposed.get("luxtronik_high_pressure_pascals"))
                .isEqualTo(number(reading, "ID_WEB_LIN_HD") * 1e5, within(1e-6));
        assertThat(exposed.get("luxtronik_heat_heating_joules_total"))
                .isEqualTo(number(reading, "ID_WEB_WMZ_Heizung") * 3.6e6, within(1.0))
                .isPositive();
        assertThat(exposed.get("luxtronik_electricity_heating_joules_total"))
                .isEqualTo(number(reading, "HEAT_ENERGY_INPUT") * 3.6e6, within(1.0))
                .isPositive();
        assertThat(exposed.get("luxtronik_compressor1_running"))
                .isEqualTo(JsonValue.TRUE.equals(reading.get("calculations.ID_WEB_VD1out")) ? 1.0 : 0.0);
        assertThat(exposed.get("luxtronik_operating_mode")).isEqualTo(raw(reading, "ID_WEB_WP_BZ_akt"));
        assertThat(exposed.get("luxtronik_compressor1_starts_total"))
                .isEqualTo(number(reading, "ID_WEB_Zaehler_BetrZeitImpVD1"));
        assertThat(exposed.get("luxtronik_flow_rate_cubic_meters_per_second"))
                .isEqualTo(number(reading, "ID_WEB_WMZ_Durchfluss") / 3.6e6, within(1e-12));
    }

    @Test
    void eachValueSaysWhatItIsAndNoneIsNaN() {
        String scrape = scrape();

        assertThat(scrape)
                .contains(
                        "# HELP luxtronik_flow_temperature_celsius Flow temperature"
                                + " (calculations.ID_WEB_Temperatur_TVL)",
                        "# TYPE luxtronik_flow_temperature_celsius gauge",
                        "luxtronik_flow_temperature_celsius{controller=\"heatpump\"");
        assertThat(scrape).containsPattern("# TYPE luxtronik_heat_heating_joules(_total)? counter");
        assertThat(scrape.lines())
                .filteredOn(line -> line.startsWith("luxtronik_"))
                .noneMatch(line -> line.endsWith(" NaN"));
        assertThat(scrape).contains("# HELP luxlogger_polls_total Polls of the controller by outcome");
    }

    @Test
    void theFieldsOfMetricsFieldsAreAddedUnderNamesOfTheirOwn() {
        Map<String, Double> exposed = samples(scrape(), HEAT_PUMP);

        assertThat(exposed)
                .containsKeys(
                        "luxtronik_calculations_id_web_freq_vd_min_hertz",
                        "luxtronik_calculations_id_web_freq_vd_max_hertz");
        // the controller's clock, a time: in Unix seconds
        assertThat(exposed.get("luxtronik_calculations_id_web_aktuelletimestamp_timestamp_seconds"))
                .isGreaterThan(Instant.parse("2020-01-01T00:00:00Z").getEpochSecond());
    }

    /** The value of each series with the given label, by metric name. */
    private static Map<String, Double> samples(String scrape, String label) {
        Map<String, Double> samples = new HashMap<>();
        scrape.lines()
                .map(SAMPLE::matcher)
                .filter(java.util.regex.Matcher::matches)
                .forEach(sample -> {
                    if (sample.group(2) != null && sample.group(2).contains(label)) {
                        samples.put(sample.group(1), Double.parseDouble(sample.group(3)));
                    }
                });
        return samples;
    }

    private static Map<String, JsonValue> values(JsonObject latest) {
        Map<String, JsonValue> values = new HashMap<>();
        latest.getJsonArray("values").forEach(value -> {
            JsonObject field = value.asJsonObject();
            values.put(field.getString("name"), field.get("value"));
            values.put(field.getString("name") + "#raw", field.get("raw"));
        });
        return values;
    }

    private static double number(Map<String, JsonValue> reading, String name) {
        JsonValue value = reading.get(column(reading, name));
        return Double.parseDouble(value.toString());
    }

    private static double raw(Map<String, JsonValue> reading, String name) {
        return Double.parseDouble(reading.get(column(reading, name) + "#raw").toString());
    }

    private static String column(Map<String, JsonValue> reading, String name) {
        return reading.containsKey("calculations." + name) ? "calculations." + name : "parameters." + name;
    }
}
