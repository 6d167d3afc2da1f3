package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import luxlogger.integrations.entity.CuratedValue;
import luxlogger.integrations.entity.MetricType;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.entity.FieldType;
import luxlogger.luxtronik.entity.TabFile;
import org.junit.jupiter.api.Test;

class CuratedValuesTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final String FLOW = "calculations.ID_WEB_Temperatur_TVL";

    @Test
    void everyRowNamesAFieldOfTheCatalog() {
        List<String[]> rows = TabFile.rows(CuratedValues.RESOURCE);

        assertThat(rows)
                .allSatisfy(row -> assertThat(CATALOG.field(row[0]))
                        .as(row[0])
                        .hasValueSatisfying(field -> assertThat(field.column()).isEqualTo(row[0])));
        assertThat(CuratedValues.standard()).hasSize(rows.size()).hasSizeBetween(40, 80);
    }

    @Test
    void coversTheValuesPeopleWatch() {
        assertThat(CuratedValues.standard())
                .extracting(CuratedValue::metric)
                .contains(
                        "luxtronik_flow_temperature_celsius",
                        "luxtronik_return_temperature_celsius",
                        "luxtronik_outdoor_temperature_celsius",
                        "luxtronik_hot_water_temperature_celsius",
                        "luxtronik_operating_mode",
                        "luxtronik_compressor1_running",
                        "luxtronik_compressor_frequency_hertz",
                        "luxtronik_high_pressure_pascals",
                        "luxtronik_flow_rate_cubic_meters_per_second",
                        "luxtronik_heat_heating_joules_total",
                        "luxtronik_electricity_heating_joules_total",
                        "luxtronik_compressor1_operating_seconds_total",
                        "luxtronik_compressor1_starts_total",
                        "luxtronik_last_error_code",
                        "luxtronik_heat_output_watts",
                        "luxtronik_power_input_watts");
    }

    @Test
    void countersAreTotalsAndStatesBinarySensors() {
        assertThat(CuratedValues.standard()).allSatisfy(value -> {
            assertThat(value.metric().endsWith("_total")).isEqualTo(value.type() == MetricType.COUNTER);
            assertThat(value.binary()).isEqualTo(value.field().type() == FieldType.BOOL);
        });
        assertThat(CuratedValues.standard())
                .filteredOn(value -> value.type() == MetricType.COUNTER)
                .extracting(CuratedValue::stateClass)
                .containsOnly("total_increasing");
    }

    @Test
    void isLoadedOnce() {
        assertThat(CuratedValues.standard()).isSameAs(CuratedValues.standard());
    }

    @Test
    void rejectsAFieldTheCatalogLacks() {
        assertRejected("no decoded field", row("calculations.ID_WEB_Nothing", "luxtronik_nothing_celsius", "gauge"));
    }

    @Test
    void rejectsAMetricWithoutItsUnit() {
        assertRejected("does not end in its unit celsius", row(FLOW, "luxtronik_flow_temperature", "gauge"));
    }

    @Test
    void rejectsAGaugeNamedLikeACounter() {
        assertRejected("ends in _total", row(FLOW, "luxtronik_flow_celsius_total", "gauge"));
    }

    @Test
    void rejectsANameThatIsNoSnakeCase() {
        assertRejected("snake case", row(FLOW, "luxtronik_Flow_celsius", "gauge"));
    }

    @Test
    void rejectsAMetricNamedTwice() {
        String[] row = row(FLOW, "luxtronik_flow_celsius", "gauge");
        assertThatThrownBy(() -> CuratedValues.read("test", List.of(row, row), CATALOG))
                .hasMessageContaining("luxtronik_flow_celsius is named twice");
    }

    @Test
    void rejectsABinarySensorOfANumber() {
        String[] row = {FLOW, "luxtronik_flow_celsius", "gauge", "binary_sensor", "", "", "", "Flow"};
        assertRejected("binary_sensor", row);
    }

    private static String[] row(String field, String metric, String type) {
        return new String[] {field, metric, type, "sensor", "temperature", "measurement", "°C", "Flow"};
    }

    private static void assertRejected(String message, String[] row) {
        assertThatThrownBy(() -> CuratedValues.read("test", List.<String[]>of(row), CATALOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test, row " + row[0])
                .hasMessageContaining(message);
    }
}
