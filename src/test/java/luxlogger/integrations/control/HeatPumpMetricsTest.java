package luxlogger.integrations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import luxlogger.integrations.entity.Series;
import luxlogger.luxtronik.control.Catalog;
import org.junit.jupiter.api.Test;

class HeatPumpMetricsTest {

    @Test
    void showsTheCuratedValuesThenTheFieldsAskedForEachOnce() {
        var catalog = Catalog.standard();
        var asked = catalog.select("ID_WEB_Temperatur_T*,ID_WEB_Freq_VD_Min");

        List<Series> series = HeatPumpMetrics.series(asked);

        int curated = CuratedValues.standard().size();
        assertThat(series.subList(0, curated))
                .extracting(Series::name)
                .containsExactlyElementsOf(CuratedValues.standard().stream()
                        .map(value -> value.metric())
                        .toList());
        // the temperatures asked for are curated already (flow, return, outdoor…), but for the solar ones and the
        // second heat pump's
        assertThat(series.subList(curated, series.size()))
                .extracting(Series::name)
                .containsExactly(
                        "luxtronik_calculations_id_web_temperatur_tsk_celsius",
                        "luxtronik_calculations_id_web_temperatur_tss_celsius",
                        "luxtronik_calculations_id_web_temperatur_tee_celsius",
                        "luxtronik_calculations_id_web_temperatur_thg_2_celsius",
                        "luxtronik_calculations_id_web_temperatur_twe_2_celsius",
                        "luxtronik_calculations_id_web_freq_vd_min_hertz");
        assertThat(series).extracting(Series::field).doesNotHaveDuplicates();
    }
}
