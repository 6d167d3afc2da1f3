package luxlogger.integrations.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import luxlogger.integrations.control.CuratedValues;
import luxlogger.luxtronik.control.Catalog;
import luxlogger.luxtronik.control.Decoder;
import luxlogger.luxtronik.entity.Field;
import org.junit.jupiter.api.Test;

class SeriesTest {

    private static final Catalog CATALOG = Catalog.standard();
    /** promtool's abbreviations of units, which may not stand between underscores. */
    private static final Set<String> ABBREVIATIONS =
            Set.of("s", "ms", "us", "ns", "sec", "b", "kb", "mb", "gb", "tb", "pb", "m", "h", "d");

    @Test
    void showsNumbersInBaseUnits() {
        assertThat(value("luxtronik_flow_temperature_celsius", 454)).hasValue(45.4);
        assertThat(value("luxtronik_high_pressure_pascals", 2145)).hasValue(2_145_000);
        assertThat(value("luxtronik_heat_heating_joules_total", 87727)).hasValue(31_581_720_000.0);
        assertThat(value("luxtronik_electricity_heating_joules_total", 543197)).hasValue(19_555_092_000.0);
        assertThat(value("luxtronik_flow_rate_cubic_meters_per_second", 1800)).hasValue(0.0005);
        assertThat(value("luxtronik_heating_pump_control_ratio", 45)).hasValue(0.45);
    }

    @Test
    void showsStatesByTheirCodeAndSwitchesAsOneOrZero() {
        assertThat(value("luxtronik_operating_mode", 4)).hasValue(4);
        assertThat(value("luxtronik_last_error_code", 718)).hasValue(718);
        assertThat(value("luxtronik_compressor1_running", 1)).hasValue(1);
        assertThat(value("luxtronik_compressor1_running", 0)).hasValue(0);
    }

    @Test
    void showsTimesInUnixSecondsAndNothingForAnEmptyOne() {
        Series clock = Series.extra(field("ID_WEB_AktuelleTimeStamp"));

        assertThat(clock.name()).isEqualTo("luxtronik_calculations_id_web_aktuelletimestamp_timestamp_seconds");
        assertThat(clock.value(Decoder.decode(clock.field(), 1_764_000_000))).hasValue(1_764_000_000);
        assertThat(clock.value(Decoder.decode(clock.field(), 0))).isEmpty();
    }

    @Test
    void showsNoNumberForText() {
        Field address = field("ID_WEB_AdresseIP_akt");

        assertThat(Series.numeric(address)).isFalse();
        assertThat(Series.extra(address).value(Decoder.decode(address, 0x0A000001)))
                .isEmpty();
        assertThat(Series.numeric(field("calculations.ID_WEB_SoftStand"))).isFalse();
        assertThat(Series.numeric(field("ID_WEB_WP_BZ_akt"))).isTrue();
    }

    @Test
    void namesAFieldAfterItsGroupNameAndUnit() {
        assertThat(Series.extra(field("ID_WEB_Freq_VD_Min")).name())
                .isEqualTo("luxtronik_calculations_id_web_freq_vd_min_hertz");
        assertThat(Series.extra(field("LAST_DEFROST_TIMESTAMP")).name())
                .isEqualTo("luxtronik_parameters_last_defrost_timestamp_seconds");
        assertThat(Series.extra(field("ID_Einst_BWS_akt")).name())
                .isEqualTo("luxtronik_parameters_id_einst_bws_akt_celsius");
        // "sec" (the SEC module) would read as an abbreviated unit
        assertThat(Series.extra(field("ID_WEB_SEC_VD")).name()).isEqualTo("luxtronik_calculations_id_websec_vd_rpm");
        assertThat(Series.extra(field("ID_WEB_Time_VDStd_akt")).help())
                .endsWith("(calculations.ID_WEB_Time_VDStd_akt)");
    }

    @Test
    void everyFieldWithANumberGetsAUniqueNameNoLintFaults() {
        Set<String> names = new HashSet<>();
        for (Field field : CATALOG.fields()) {
            if (!Series.numeric(field)) {
                continue;
            }
            String name = Series.extra(field).name();
            assertThat(names.add(name)).as(name + " of " + field.column()).isTrue();
            assertThat(name)
                    .matches("luxtronik_[a-z0-9_]+")
                    .doesNotEndWith("_total")
                    .doesNotEndWith("_count");
            assertThat(List.of(name.split("_"))).as(name).doesNotContainAnyElementsOf(ABBREVIATIONS);
        }
        assertThat(names).hasSizeGreaterThan(1_200);
    }

    private static OptionalDouble value(String metric, int raw) {
        Series series = CuratedValues.standard().stream()
                .filter(value -> value.metric().equals(metric))
                .map(Series::of)
                .findFirst()
                .orElseThrow();
        return series.value(Decoder.decode(series.field(), raw));
    }

    private static Field field(String name) {
        return CATALOG.field(name).orElseThrow();
    }
}
